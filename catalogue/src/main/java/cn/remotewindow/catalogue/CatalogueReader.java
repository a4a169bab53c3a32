package cn.remotewindow.catalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Turns the file's node tree into a {@link Catalogue}, entry by entry. Each entry is built only if
 * reading it found no problem; the others are skipped and reading goes on, so that the file's
 * every problem is found in one pass. docs/catalogue.md describes each field.
 */
final class CatalogueReader {

    static final int NAME_ZH = 100;
    static final int NAME_EN = 200;
    /** One citation, condition, note or fee schedule. */
    static final int TEXT = 500;
    static final int PLACE = 200;
    /** Far beyond any real limit: a larger number is a slip of the keyboard. */
    static final int MAX_DAYS = 999;
    static final int MAX_PIECES = 99;

    private final Findings findings;
    private final CrossReferences references;

    CatalogueReader(Findings findings) {
        this.findings = findings;
        this.references = new CrossReferences(findings);
    }

    /** The catalogue, or null when anything is wrong (the problems are in the findings). */
    Catalogue read(Node root) {
        YamlMapping file = YamlMapping.of(root, "", findings);
        if (file == null) {
            return null;
        }
        String version = file.text("version", true, 64);
        if (version != null && !YamlMapping.CODE.matcher(version).matches()) {
            findings.add(findings.lineOf("version"), "version", "a version is letters, digits, '.', '_' or '-'"
                    + " without spaces, e.g. 2026.1");
        }
        List<Department> departments = entries(file, "departments", true, this::department);
        List<ServiceItem> items = entries(file, "items", true, this::item);
        List<Bundle> bundles = entries(file, "bundles", false, this::bundle);
        file.rejectUnknown();
        references.check();
        return findings.count() == 0 ? new Catalogue(version, departments, items, bundles) : null;
    }

    private <T> List<T> entries(YamlMapping parent, String key, boolean required,
                                BiFunction<YamlMapping, String, T> reader) {
        List<Node> nodes = parent.list(key, required);
        List<T> entries = new ArrayList<>();
        for (int i = 0; nodes != null && i < nodes.size(); i++) {
            String path = parent.field(key) + "[" + i + "]";
            YamlMapping entry = YamlMapping.of(nodes.get(i), path, findings);
            if (entry != null) {
                T read = reader.apply(entry, path);
                if (read != null) {
                    entries.add(read);
                }
            }
        }
        return entries;
    }

    private Department department(YamlMapping entry, String path) {
        int before = findings.count();
        String code = entry.code("code", true);
        references.department(code, entry.field("code"));
        Name name = name(entry);
        entry.rejectUnknown();
        return findings.count() == before ? new Department(code, name) : null;
    }

    private Name name(YamlMapping entry) {
        YamlMapping name = entry.mapping("name", true);
        if (name == null) {
            return null;
        }
        String zh = name.text("zh", true, NAME_ZH);
        String en = name.text("en", true, NAME_EN);
        name.rejectUnknown();
        return zh == null || en == null ? null : new Name(zh, en);
    }

    private ServiceItem item(YamlMapping entry, String path) {
        int before = findings.count();
        String code = entry.code("code", true);
        String department = entry.code("department", true);
        references.item(code, entry.field("code"), department, entry.field("department"));
        Name name = name(entry);
        List<String> legalBasis = entry.texts("legal-basis", true, TEXT);
        List<String> conditions = entry.texts("conditions", true, TEXT);
        List<Material> materials = materials(entry);
        TimeLimit timeLimit = timeLimit(entry);
        Fee fee = fee(entry);
        List<Delivery> deliveries = deliveries(entry);
        boolean greenChannel = entry.flag("green-channel", false);
        entry.rejectUnknown();
        return findings.count() == before ? new ServiceItem(code, department, name, legalBasis, conditions,
                materials, timeLimit, fee, deliveries, greenChannel) : null;
    }

    private List<Material> materials(YamlMapping item) {
        Map<String, String> codes = new HashMap<>();
        return entries(item, "materials", true, (entry, path) -> material(entry, path, codes));
    }

    private Material material(YamlMapping entry, String path, Map<String, String> codesOfItem) {
        int before = findings.count();
        String code = entry.code("code", true);
        onceIn(codesOfItem, code, entry.field("code"), "the material code '" + code + "' is given twice in this item");
        Name name = name(entry);
        boolean required = entry.flag("required", true);
        Integer originals = entry.number("originals", false, MAX_PIECES, "originals");
        Integer copies = entry.number("copies", false, MAX_PIECES, "copies");
        boolean deferrable = entry.flag("deferrable", false);
        String note = entry.text("note", false, TEXT);
        entry.rejectUnknown();
        int shown = originals == null ? 0 : originals;
        int handedIn = copies == null ? 0 : copies;
        if (findings.count() == before && shown + handedIn == 0) {
            findings.add(entry.line(), path, "say how many originals the citizen shows or copies they hand in"
                    + " (originals, copies): both are 0");
        }
        if (deferrable && !required) {
            findings.add(findings.lineOf(entry.field("deferrable")), entry.field("deferrable"), "only a required"
                    + " material can be accepted as missing (容缺); an optional one may be missing anyway");
        }
        return findings.count() == before
                ? new Material(code, name, required, shown, handedIn, deferrable, note) : null;
    }

    private TimeLimit timeLimit(YamlMapping item) {
        YamlMapping limit = item.mapping("time-limit", true);
        if (limit == null) {
            return null;
        }
        Integer legal = limit.number("legal-days", true, MAX_DAYS, "working days");
        Integer promised = limit.number("promised-days", true, MAX_DAYS, "working days");
        limit.rejectUnknown();
        if (legal == null || promised == null) {
            return null;
        }
        if (promised > legal) {
            String field = limit.field("promised-days");
            findings.add(findings.lineOf(field), field, "the promised limit (" + promised + " working days) is"
                    + " longer than the legal limit (" + legal + "); 承诺办结时限 must not exceed 法定办结时限");
            return null;
        }
        return new TimeLimit(legal, promised);
    }

    private Fee fee(YamlMapping item) {
        String fee = item.text("fee", true, TEXT);
        if (fee == null) {
            return null;
        }
        return fee.equals("none") ? Fee.NONE : Fee.of(fee);
    }

    private List<Delivery> deliveries(YamlMapping item) {
        Map<String, String> kinds = new HashMap<>();
        return entries(item, "deliveries", true, (entry, path) -> delivery(entry, path, kinds));
    }

    /** A second use of {@code key} among {@code seen} is a problem at {@code field}. */
    private void onceIn(Map<String, String> seen, String key, String field, String message) {
        if (key == null) {
            return;
        }
        String earlier = seen.putIfAbsent(key, field);
        if (earlier != null) {
            findings.add(findings.lineOf(field), field, message + " (first at line " + findings.lineOf(earlier) + ")");
        }
    }

    private Delivery delivery(YamlMapping entry, String path, Map<String, String> kindsOfItem) {
        int before = findings.count();
        String kindName = entry.text("kind", true, 32);
        DeliveryKind kind = kindName == null ? null : DeliveryKind.ofFileName(kindName).orElse(null);
        if (kindName != null && kind == null) {
            findings.add(findings.lineOf(entry.field("kind")), entry.field("kind"), "unknown delivery '" + kindName
                    + "': pick-up (属地出件, at the district service centre), post (邮寄送达) or electronic (电子送达)");
        }
        if (kind != null) {
            onceIn(kindsOfItem, kindName, entry.field("kind"), "the delivery '" + kindName + "' is given twice in this"
                    + " item; name all its places in one");
        }
        String place = entry.text("place", true, PLACE);
        entry.rejectUnknown();
        return findings.count() == before ? new Delivery(kind, place) : null;
    }

    private Bundle bundle(YamlMapping entry, String path) {
        int before = findings.count();
        String code = entry.code("code", true);
        Name name = name(entry);
        List<Node> nodes = entry.list("items", true);
        List<CrossReferences.Reference> named = null;
        List<String> items = new ArrayList<>();
        if (nodes != null) {
            named = new ArrayList<>();
            for (int i = 0; i < nodes.size(); i++) {
                String field = entry.field("items") + "[" + i + "]";
                String item = YamlMapping.code(nodes.get(i), field, findings);
                if (item != null) {
                    named.add(new CrossReferences.Reference(item, field));
                    items.add(item);
                }
            }
        }
        references.bundle(code, entry.field("code"), entry.field("items"), named);
        entry.rejectUnknown();
        return findings.count() == before ? new Bundle(code, name, items) : null;
    }
}
