package cn.remotewindow.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;

/**
 * What reading one file has found so far: its problems, and the line of every field and entry read,
 * so that checks across entries (made once all are read) can still say where.
 */
final class Findings {

    /**
     * Problems listed at most. A real file with problems has a handful; thousands mean a wrong
     * file (or aliases repeating a broken entry), and listing millions would only exhaust memory.
     */
    static final int MAX_LISTED = 1000;

    private final List<Problem> problems = new ArrayList<>();
    private int unlisted;
    private final Map<String, Integer> lines = new HashMap<>();

    static int lineOf(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    void add(Node at, String field, String message) {
        add(lineOf(at), field, message);
    }

    void add(int line, String field, String message) {
        if (problems.size() < MAX_LISTED) {
            problems.add(new Problem(line, field, message));
        } else {
            unlisted++;
        }
    }

    /** How many problems so far: an entry whose reading added none is whole. */
    int count() {
        return problems.size() + unlisted;
    }

    void locate(String field, Node node) {
        lines.putIfAbsent(field, lineOf(node));
    }

    /** The line of the field, or else of the nearest entry around it (a missing field has no line of its own). */
    int lineOf(String field) {
        for (String path = field; !path.isEmpty(); path = parent(path)) {
            Integer line = lines.get(path);
            if (line != null) {
                return line;
            }
        }
        return 1;
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    List<Problem> sorted() {
        // Stable: problems on one line keep the order they were found in.
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(Problem::line));
        if (unlisted > 0) {
            sorted.add(new Problem(sorted.get(sorted.size() - 1).line(), "", "and " + unlisted
                    + " more problems, not listed: fix these first"));
        }
        return sorted;
    }
}
