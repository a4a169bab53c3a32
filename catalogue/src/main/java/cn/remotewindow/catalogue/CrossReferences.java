package cn.remotewindow.catalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checks that need the whole file: codes unique across departments, items and bundles, every
 * item's department declared, every bundle's items declared and of two departments at least. An
 * entry broken in itself still declares its code when the code could be read, so that a typo in an
 * item's name does not also make every bundle naming that item "unknown".
 */
final class CrossReferences {

    /** Department, item and 一件事 codes share one space: any of them may be a skill or a request. */
    private record Declared(String kind, String code, String field, int line) {
    }

    /** A code named at {@code field}. */
    record Reference(String code, String field) {
    }

    private record BundleItems(String field, List<Reference> items) {
    }

    private final Findings findings;
    private final List<Declared> declared = new ArrayList<>();
    private final Set<String> departments = new LinkedHashSet<>();
    /** Item code → its department's code (null when that could not be read). */
    private final Map<String, String> departmentOfItem = new HashMap<>();
    private final List<Reference> itemDepartments = new ArrayList<>();
    private final List<BundleItems> bundles = new ArrayList<>();

    CrossReferences(Findings findings) {
        this.findings = findings;
    }

    void department(String code, String field) {
        if (code != null) {
            declared.add(new Declared("department", code, field, findings.lineOf(field)));
            departments.add(code);
        }
    }

    void item(String code, String field, String department, String departmentField) {
        if (code != null) {
            declared.add(new Declared("item", code, field, findings.lineOf(field)));
            departmentOfItem.putIfAbsent(code, department);
        }
        if (department != null) {
            itemDepartments.add(new Reference(department, departmentField));
        }
    }

    void bundle(String code, String field, String itemsField, List<Reference> items) {
        if (code != null) {
            declared.add(new Declared("一件事", code, field, findings.lineOf(field)));
        }
        if (items != null) {
            bundles.add(new BundleItems(itemsField, items));
        }
    }

    void check() {
        uniqueCodes();
        for (Reference reference : itemDepartments) {
            if (!departments.contains(reference.code())) {
                findings.add(findings.lineOf(reference.field()), reference.field(), "no department has the code '"
                        + reference.code() + "' (the departments are " + String.join(", ", departments) + ")");
            }
        }
        bundles.forEach(this::checkBundle);
    }

    private void uniqueCodes() {
        Map<String, Declared> first = new HashMap<>();
        for (Declared entry : declared) {
            Declared earlier = first.putIfAbsent(entry.code(), entry);
            if (earlier == null) {
                continue;
            }
            String message = earlier.kind().equals(entry.kind())
                    ? "the " + entry.kind() + " code '" + entry.code() + "' is given twice (first at line "
                    + earlier.line() + ", " + earlier.field() + ")"
                    : "'" + entry.code() + "' is already the code of the " + earlier.kind() + " at line "
                    + earlier.line() + ": department, item and 一件事 codes must all differ";
            findings.add(entry.line(), entry.field(), message);
        }
    }

    private void checkBundle(BundleItems bundle) {
        Set<String> seen = new LinkedHashSet<>();
        Set<String> owners = new LinkedHashSet<>();
        boolean allKnown = true;
        for (Reference item : bundle.items()) {
            int line = findings.lineOf(item.field());
            if (!seen.add(item.code())) {
                findings.add(line, item.field(), "the item '" + item.code() + "' is in this 一件事 twice");
            } else if (!departmentOfItem.containsKey(item.code())) {
                allKnown = false;
                findings.add(line, item.field(), departments.contains(item.code())
                        ? "'" + item.code() + "' is a department: a 一件事 lists items"
                        : "no item has the code '" + item.code() + "'");
            } else if (departmentOfItem.get(item.code()) == null) {
                allKnown = false; // its own entry says why
            } else {
                owners.add(departmentOfItem.get(item.code()));
            }
        }
        if (allKnown && owners.size() < 2) {
            findings.add(findings.lineOf(bundle.field()), bundle.field(), "a 一件事 groups items of at least two"
                    + " departments; " + (owners.isEmpty() ? "this one has no items"
                    : "these are all of " + owners.stream().collect(Collectors.joining(", "))));
        }
    }
}
