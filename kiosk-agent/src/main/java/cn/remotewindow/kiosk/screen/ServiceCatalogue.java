package cn.remotewindow.kiosk.screen;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The departments, service items (事项) and 一件事 bundles this kiosk offers, in the order they are
 * shown. The caller builds it (from the server's catalogue, a cached copy of it, or
 * {@link DemoCatalogue}); the screen only shows it, and searches it ({@link #search}).
 *
 * <p>Codes follow the signaling protocol's code syntax, because the controller puts them into
 * {@code service.request} unchanged.
 */
public final class ServiceCatalogue {

    /** The protocol's code syntax (docs/protocol.md, section 5.2). */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final List<Department> departments;
    private final List<Bundle> bundles;
    private final ServiceSearch search;

    public ServiceCatalogue(List<Department> departments) {
        this(departments, List.of());
    }

    public ServiceCatalogue(List<Department> departments, List<Bundle> bundles) {
        this.departments = List.copyOf(departments);
        this.bundles = List.copyOf(bundles);
        if (this.departments.isEmpty()) {
            throw new IllegalArgumentException("a catalogue needs at least one department");
        }
        Set<String> codes = new HashSet<>();
        for (Department department : this.departments) {
            requireUnique(codes, department.code());
            for (Item item : department.items()) {
                requireUnique(codes, item.code());
            }
        }
        for (Bundle bundle : this.bundles) {
            requireUnique(codes, bundle.code());
        }
        this.search = new ServiceSearch(this);
    }

    public List<Department> departments() {
        return departments;
    }

    /** The 一件事 bundles (several items across departments, one application), possibly none. */
    public List<Bundle> bundles() {
        return bundles;
    }

    public Optional<Department> department(String code) {
        return departments.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    public Optional<Bundle> bundle(String code) {
        return bundles.stream().filter(b -> b.code().equals(code)).findFirst();
    }

    /** The department that offers the item with this code. */
    public Optional<Department> departmentOfItem(String itemCode) {
        return departments.stream().filter(d -> d.item(itemCode).isPresent()).findFirst();
    }

    /** The name of an item, a bundle or a department by its code. */
    public Optional<Name> nameOf(String code) {
        for (Department department : departments) {
            if (department.code().equals(code)) {
                return Optional.of(department.name());
            }
            Optional<Item> item = department.item(code);
            if (item.isPresent()) {
                return Optional.of(item.get().name());
            }
        }
        return bundle(code).map(Bundle::name);
    }

    /** What the citizen can choose whose name matches the typed letters (see {@link ServiceSearch}). */
    public List<ServiceSearch.Match> search(String letters) {
        return search.find(letters);
    }

    /** Every item, in department and catalogue order. */
    public List<Item> items() {
        List<Item> all = new ArrayList<>();
        departments.forEach(d -> all.addAll(d.items()));
        return all;
    }

    private static void requireUnique(Set<String> codes, String code) {
        if (!codes.add(code)) {
            // Control names on the screen are derived from codes, so they must not collide.
            throw new IllegalArgumentException("code used twice in the catalogue: " + code);
        }
    }

    static String requireCode(String code) {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("not a protocol code: " + code);
        }
        return code;
    }

    @Override
    public String toString() {
        return "ServiceCatalogue[" + departments.size() + " departments, " + items().size() + " items, "
                + bundles.size() + " bundles]";
    }

    /** A department (部门) and the items it offers at this kiosk; it may offer none by name. */
    public record Department(String code, Name name, List<Item> items) {
        public Department {
            requireCode(code);
            Objects.requireNonNull(name, "name");
            items = List.copyOf(items);
        }

        public Optional<Item> item(String itemCode) {
            return items.stream().filter(i -> i.code().equals(itemCode)).findFirst();
        }
    }

    /**
     * A service item (事项).
     *
     * @param greenChannel whether a request for it may use the priority lane (绿色通道), as the catalogue says
     */
    public record Item(String code, Name name, boolean greenChannel) {
        public Item {
            requireCode(code);
            Objects.requireNonNull(name, "name");
        }

        /** An item open to the priority lane. */
        public Item(String code, Name name) {
            this(code, name, true);
        }
    }

    /**
     * A 一件事 bundle: one application for several items of several departments; the request names
     * the bundle's code and is routed to whoever holds that skill.
     *
     * @param itemNames the names of its items, shown under its name so the citizen knows what it covers
     * @param greenChannel open to the priority lane (every one of its items is)
     */
    public record Bundle(String code, Name name, List<Name> itemNames, boolean greenChannel) {
        public Bundle {
            requireCode(code);
            Objects.requireNonNull(name, "name");
            itemNames = List.copyOf(itemNames);
        }
    }
}
