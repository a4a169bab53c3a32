package cn.remotewindow.kiosk.screen;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The departments and service items (事项) this kiosk offers, in the order they are shown. The
 * caller builds it (from configuration, from the server, or {@link DemoCatalogue}); the screen
 * only shows it.
 *
 * <p>Codes follow the signaling protocol's code syntax, because the controller puts them into
 * {@code service.request} unchanged.
 */
public record ServiceCatalogue(List<Department> departments) {

    /** The protocol's code syntax (docs/protocol.md, section 5.2). */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public ServiceCatalogue {
        departments = List.copyOf(departments);
        if (departments.isEmpty()) {
            throw new IllegalArgumentException("a catalogue needs at least one department");
        }
        Set<String> codes = new HashSet<>();
        for (Department department : departments) {
            requireUnique(codes, department.code());
            for (Item item : department.items()) {
                requireUnique(codes, item.code());
            }
        }
    }

    public Optional<Department> department(String code) {
        return departments.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    /** The department that offers the item with this code. */
    public Optional<Department> departmentOfItem(String itemCode) {
        return departments.stream().filter(d -> d.item(itemCode).isPresent()).findFirst();
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

    /** A service item (事项). */
    public record Item(String code, Name name) {
        public Item {
            requireCode(code);
            Objects.requireNonNull(name, "name");
        }
    }
}
