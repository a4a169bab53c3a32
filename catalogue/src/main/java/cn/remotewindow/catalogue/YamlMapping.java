package cn.remotewindow.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One mapping of the file read field by field. Each read names the field it wants, so that what is
 * left at the end is unknown and reported (a misspelt {@code promised-day} must not be silently
 * ignored). A bad or missing value becomes a problem and a null; the reading goes on, so that one
 * pass finds every problem of the file.
 */
final class YamlMapping {

    /** The protocol's code syntax (docs/protocol.md, 5.2): codes travel in signaling messages unchanged. */
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]+");

    /** The standard elements' own words, named in problems so that whoever keeps the file recognises them. */
    private static final Map<String, String> TERMS = Map.ofEntries(
            Map.entry("departments", "部门"), Map.entry("items", "事项"), Map.entry("bundles", "一件事"),
            Map.entry("legal-basis", "设定依据"), Map.entry("conditions", "受理条件"),
            Map.entry("materials", "申请材料"), Map.entry("time-limit", "办结时限"),
            Map.entry("legal-days", "法定办结时限"), Map.entry("promised-days", "承诺办结时限"),
            Map.entry("fee", "收费标准"), Map.entry("deliveries", "出件方式"), Map.entry("place", "出件地点"),
            Map.entry("deferrable", "容缺受理"), Map.entry("green-channel", "绿色通道"));

    private final Node node;
    private final String path;
    private final Findings findings;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final Set<String> known = new LinkedHashSet<>();

    private YamlMapping(MappingNode node, String path, Findings findings) {
        this.node = node;
        this.path = path;
        this.findings = findings;
        findings.locate(path, node);
        for (NodeTuple tuple : node.getValue()) {
            Node key = tuple.getKeyNode();
            if (!(key instanceof ScalarNode scalar) || scalar.getTag().equals(Tag.NULL)) {
                findings.add(key, path, "a field name must be a plain word");
                continue;
            }
            NodeTuple first = entries.putIfAbsent(scalar.getValue(), tuple);
            if (first != null) {
                findings.add(key, field(scalar.getValue()), "this field is given twice (first at line "
                        + Findings.lineOf(first.getKeyNode()) + "); keep one");
            }
        }
    }

    /** The mapping at {@code node}, or null (and a problem) when the node is something else. */
    static YamlMapping of(Node node, String path, Findings findings) {
        if (node instanceof MappingNode mapping) {
            return new YamlMapping(mapping, path, findings);
        }
        findings.add(node, path, "must be a mapping of fields (name: value), not " + shape(node));
        return null;
    }

    int line() {
        return Findings.lineOf(node);
    }

    String field(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** The value given for the field; null when it is absent or empty, which is a problem if it is required. */
    Node value(String key, boolean required) {
        known.add(key);
        NodeTuple tuple = entries.get(key);
        Node value = tuple == null ? null : tuple.getValueNode();
        if (value != null) {
            findings.locate(field(key), value);
        }
        if (value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL)) {
            if (required) {
                findings.add(value, field(key), "has no value" + term(key));
            }
            return null;
        }
        if (value == null && required) {
            findings.add(node, field(key), "is missing" + term(key));
        }
        return value;
    }

    String text(String key, boolean required, int maxLength) {
        Node value = value(key, required);
        return value == null ? null : text(value, field(key), maxLength, findings);
    }

    /** A scalar's text, stripped; null (and a problem) when blank, too long or not a scalar. */
    static String text(Node value, String field, int maxLength, Findings findings) {
        if (!(value instanceof ScalarNode scalar)) {
            findings.add(value, field, "must be a text, not " + shape(value));
            return null;
        }
        String text = scalar.getValue().strip();
        if (text.isEmpty()) {
            findings.add(value, field, "must not be blank");
            return null;
        }
        if (text.length() > maxLength) {
            findings.add(value, field, "is longer than " + maxLength + " characters");
            return null;
        }
        return text;
    }

    String code(String key, boolean required) {
        Node value = value(key, required);
        return value == null ? null : code(value, field(key), findings);
    }

    static String code(Node value, String field, Findings findings) {
        String text = text(value, field, 64, findings);
        if (text != null && !CODE.matcher(text).matches()) {
            findings.add(value, field, "'" + text + "' is not a code: letters, digits, '.', '_' or '-', starting"
                    + " with a letter or digit, at most 64");
            return null;
        }
        return text;
    }

    /** true or false; the fallback when absent (or, with a problem, when it is neither). */
    boolean flag(String key, boolean fallback) {
        Node value = value(key, false);
        if (value == null) {
            return fallback;
        }
        String text = value instanceof ScalarNode scalar ? scalar.getValue().strip().toLowerCase(Locale.ROOT) : "";
        switch (text) {
            case "true", "yes", "on" -> {
                return true;
            }
            case "false", "no", "off" -> {
                return false;
            }
            default -> {
                findings.add(value, field(key), "must be true or false" + term(key));
                return fallback;
            }
        }
    }

    /** A whole number from 0 to {@code max}; null when absent or bad (a problem then, or when required). */
    Integer number(String key, boolean required, int max, String unit) {
        Node value = value(key, required);
        if (value == null) {
            return null;
        }
        String text = value instanceof ScalarNode scalar ? scalar.getValue().strip().replace("_", "") : "";
        if (!WHOLE.matcher(text).matches()) {
            findings.add(value, field(key), "must be a whole number of " + unit + term(key));
            return null;
        }
        long number = text.length() > 12 ? Long.MAX_VALUE : Long.parseLong(text.replace("+", ""));
        if (number < 0) {
            findings.add(value, field(key), "must not be negative (" + text + " " + unit + ")");
            return null;
        }
        if (number > max) {
            findings.add(value, field(key), "must be at most " + max + " " + unit + " (" + text + ")");
            return null;
        }
        return (int) number;
    }

    /**
     * The entries of a list; a single value stands for a list of one. Null when absent (a problem if
     * required) or not a list; a required list must not be empty.
     */
    List<Node> list(String key, boolean required) {
        Node value = value(key, required);
        if (value == null) {
            return null;
        }
        if (value instanceof MappingNode) {
            findings.add(value, field(key), "must be a list (entries starting with '- '), not a mapping");
            return null;
        }
        List<Node> values = value instanceof SequenceNode sequence ? sequence.getValue() : List.of(value);
        if (values.isEmpty() && required) {
            findings.add(value, field(key), "must not be empty" + term(key));
        }
        for (int i = 0; i < values.size(); i++) {
            findings.locate(field(key) + "[" + i + "]", values.get(i));
        }
        return values;
    }

    /** A list of texts; null when absent or bad (a problem then, or when required). */
    List<String> texts(String key, boolean required, int maxLength) {
        List<Node> entries = list(key, required);
        if (entries == null) {
            return null;
        }
        int before = findings.count();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            texts.add(text(entries.get(i), field(key) + "[" + i + "]", maxLength, findings));
        }
        return findings.count() == before ? texts : null;
    }

    YamlMapping mapping(String key, boolean required) {
        Node value = value(key, required);
        return value == null ? null : of(value, field(key), findings);
    }

    /** Reports every field that was not asked for: unknown here, most likely misspelt. */
    void rejectUnknown() {
        entries.forEach((key, tuple) -> {
            if (!known.contains(key)) {
                String guess = closest(key);
                findings.add(tuple.getKeyNode(), field(key), "unknown field"
                        + (guess == null ? "; the fields here are " + String.join(", ", known)
                        : " (did you mean '" + guess + "'?)"));
            }
        });
    }

    private String closest(String key) {
        String plain = plain(key);
        String best = null;
        int bestDistance = 3;
        for (String candidate : known) {
            int distance = plain.equals(plain(candidate)) ? 0 : distance(key, candidate);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** legal_days, legalDays and Legal-Days all mean legal-days. */
    private static String plain(String key) {
        return key.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    }

    /** Levenshtein distance: a typo is one or two edits away. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static String term(String key) {
        String term = TERMS.get(key);
        return term == null ? "" : " (" + term + ")";
    }

    static String shape(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        return node instanceof SequenceNode ? "a list" : "a single value";
    }
}
