package cn.remotewindow.bench.signaling;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How the cluster benchmark spreads its parties over the nodes so that pairings cross nodes: kiosk
 * and expert number {@code i} connect to node {@code i mod nodes}; item code {@code s} is served
 * only by experts on node {@code s mod nodes} (its home), each of them holding two of its home's
 * codes; and a kiosk asks only for codes whose home is another node. So every ring reaches an
 * expert on a node other than the kiosk's, and every relayed message of a call crosses Redis.
 */
final class Spread {

    private final int nodes;
    private final List<List<String>> homed = new ArrayList<>();
    private final List<List<String>> elsewhere = new ArrayList<>();
    private final AtomicLong[] asked;

    Spread(int nodes, int skills) {
        if (nodes < 2 || skills < 2 * nodes) {
            throw new IllegalArgumentException("--skills must be at least twice the number of nodes (" + 2 * nodes
                    + "), so that each node's experts hold two item codes of their own");
        }
        this.nodes = nodes;
        this.asked = new AtomicLong[nodes];
        for (int node = 0; node < nodes; node++) {
            List<String> home = new ArrayList<>();
            List<String> other = new ArrayList<>();
            for (int s = 0; s < skills; s++) {
                (s % nodes == node ? home : other).add(RequestPacer.skill(s));
            }
            homed.add(List.copyOf(home));
            elsewhere.add(List.copyOf(other));
            asked[node] = new AtomicLong();
        }
    }

    int nodes() {
        return nodes;
    }

    /** The node of kiosk or expert number {@code index} (0-based). */
    int nodeOf(int index) {
        return index % nodes;
    }

    /** The two item codes of expert number {@code index}, both homed on its node. */
    Set<String> skillsOfExpert(int index) {
        List<String> home = homed.get(nodeOf(index));
        int k = index / nodes;
        return Set.of(home.get(k % home.size()), home.get((k + 1) % home.size()));
    }

    /** The next code a kiosk on {@code node} asks for: those homed elsewhere, in turn for that node. */
    String askedFrom(int node) {
        List<String> codes = elsewhere.get(node);
        return codes.get((int) (asked[node].getAndIncrement() % codes.size()));
    }
}
