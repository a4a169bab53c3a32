package cn.remotewindow.catalogue;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The service-item catalogue (事项清单) of a city: its departments, its items with their standard
 * elements, and its 一件事 bundles, under one version. An instance is valid as a whole: it comes
 * from {@link CatalogueParser}, which refuses a file with any problem, so every code is unique,
 * every item's department exists and every bundle spans two departments.
 *
 * @param version names this edition of the file, e.g. {@code 2026.1}; a changed catalogue gets a new one
 */
public record Catalogue(String version, List<Department> departments, List<ServiceItem> items,
                        List<Bundle> bundles) {

    public Catalogue {
        Objects.requireNonNull(version, "version");
        departments = List.copyOf(departments);
        items = List.copyOf(items);
        bundles = List.copyOf(bundles);
    }

    public Optional<Department> department(String code) {
        return departments.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    public Optional<ServiceItem> item(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /**
     * What a request's item code names as one service: the item, or a 一件事 bundle merged into one
     * ({@link OneApplication}); empty when the code names neither.
     */
    public Optional<ServiceItem> service(String code) {
        Optional<ServiceItem> item = item(code);
        return item.isPresent() ? item : bundle(code).map(b -> OneApplication.of(this, b));
    }

    public Optional<Bundle> bundle(String code) {
        return bundles.stream().filter(b -> b.code().equals(code)).findFirst();
    }

    /** The department's items, in catalogue order. */
    public List<ServiceItem> itemsOf(String departmentCode) {
        return items.stream().filter(i -> i.department().equals(departmentCode)).toList();
    }

    /**
     * Whether an expert skill with this code means something here: it names an item, a department or
     * a 一件事 bundle (a kiosk asks for a bundle by its code, routed to whoever holds that skill).
     */
    public boolean namesService(String code) {
        return item(code).isPresent() || department(code).isPresent() || bundle(code).isPresent();
    }
}
