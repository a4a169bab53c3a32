package cn.remotewindow.bench.signaling;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the cluster benchmark does: the signaling benchmark's load ({@link LoadPlan}, with defaults
 * sized for three nodes and Redis on two cores) against several nodes, then a node killed under
 * calls in progress.
 *
 * @param nodes           the nodes' WebSocket addresses, node-a first
 * @param serverPids      their process ids, in the same order, to sample and to kill one
 * @param serverLogs      their logs, to count the relay frames the nodes saw go missing
 * @param redisPid        the redis-server's process id, for its CPU; -1 if unknown
 * @param failNode        which node is killed (0-based; 1 is node-b)
 * @param failoverCalls   calls whose kiosk is on the killed node, and as many whose expert is
 * @param reconnectDelay  how long a dropped party waits before it reconnects (the kiosk agent's first back-off)
 * @param failoverTimeout how long the failover phase waits for each of its steps
 */
public record ClusterPlan(LoadPlan load, List<URI> nodes, List<Long> serverPids, List<Path> serverLogs, long redisPid,
                          int failNode, int failoverCalls, Duration reconnectDelay, Duration failoverTimeout) {

    static final int DEFAULT_CLIENTS = 600;
    static final double DEFAULT_RATE = 20;
    static final int DEFAULT_SKILLS = 9;
    /** Three JVMs compiling on two cores at this rate need about 150 s before C2 goes quiet (docs/benchmarks.md). */
    static final int DEFAULT_WARMUP_S = 180;

    static final String USAGE = String.join("\n",
            "bench/run cluster [options]: the signaling benchmark's options, with these defaults:",
            "  --clients N [" + DEFAULT_CLIENTS + "]  --rate R [" + (int) DEFAULT_RATE + "]  --warmup S [" + DEFAULT_WARMUP_S
                    + "]  --skills N [" + DEFAULT_SKILLS + "] (at least twice the number of nodes)",
            "and for the failover:",
            "  --fail-node I            which node is killed, 0-based (default 1: node-b)",
            "  --failover-calls N       calls with their kiosk on that node, and as many with their expert there (default 30)",
            "  --reconnect-ms MS        a dropped party reconnects after this, +-20% (default 1000, as the kiosk agent)",
            "  --failover-timeout S     how long each failover step may take (default 30)",
            "set by bench/run: --uris, --server-pids, --server-logs, --redis-pid (and the signaling benchmark's --secret, --clk-tck)");

    public ClusterPlan {
        nodes = List.copyOf(nodes);
        serverPids = List.copyOf(serverPids);
        serverLogs = List.copyOf(serverLogs);
        require(nodes.size() >= 2, "--uris must name at least two nodes");
        require(serverPids.size() == nodes.size(), "--server-pids must name one process per node");
        require(serverLogs.isEmpty() || serverLogs.size() == nodes.size(), "--server-logs must name one log per node");
        require(failNode >= 0 && failNode < nodes.size(), "--fail-node must be 0.." + (nodes.size() - 1));
        require(failoverCalls >= 0, "--failover-calls must not be negative");
        require(!reconnectDelay.isNegative(), "--reconnect-ms must not be negative");
    }

    public static ClusterPlan parse(String[] args) {
        List<String> rest = new ArrayList<>();
        String uris = null;
        String pids = null;
        String logs = "";
        long redisPid = -1;
        int failNode = 1;
        int failoverCalls = 30;
        long reconnectMs = 1000;
        double failoverTimeout = 30;
        boolean clients = false;
        boolean rate = false;
        boolean skills = false;
        boolean warmup = false;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (!name.startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --option value, got '" + name + "'");
            }
            String value = args[++i];
            switch (name) {
                case "--uris" -> uris = value;
                case "--server-pids" -> pids = value;
                case "--server-logs" -> logs = value;
                case "--redis-pid" -> redisPid = number(name, value);
                case "--fail-node" -> failNode = (int) number(name, value);
                case "--failover-calls" -> failoverCalls = (int) number(name, value);
                case "--reconnect-ms" -> reconnectMs = number(name, value);
                case "--failover-timeout" -> failoverTimeout = decimal(name, value);
                case "--uri", "--server-pid" -> throw new IllegalArgumentException(name + " is for one node; use --uris and --server-pids");
                default -> {
                    clients |= name.equals("--clients");
                    rate |= name.equals("--rate");
                    skills |= name.equals("--skills");
                    warmup |= name.equals("--warmup");
                    rest.add(name);
                    rest.add(value);
                }
            }
        }
        require(uris != null && pids != null, "--uris and --server-pids are required");
        List<URI> nodes = Arrays.stream(uris.split(",")).map(String::trim).map(URI::create).toList();
        List<Long> serverPids = Arrays.stream(pids.split(",")).map(p -> number("--server-pids", p.trim())).toList();
        List<Path> serverLogs = logs.isBlank() ? List.of() : Arrays.stream(logs.split(",")).map(String::trim).map(Path::of).toList();
        if (!clients) {
            rest.addAll(List.of("--clients", Integer.toString(DEFAULT_CLIENTS)));
        }
        if (!rate) {
            rest.addAll(List.of("--rate", Double.toString(DEFAULT_RATE)));
        }
        if (!skills) {
            rest.addAll(List.of("--skills", Integer.toString(DEFAULT_SKILLS)));
        }
        if (!warmup) {
            rest.addAll(List.of("--warmup", Integer.toString(DEFAULT_WARMUP_S)));
        }
        rest.addAll(List.of("--uri", nodes.get(0).toString()));
        LoadPlan load = LoadPlan.parse(rest.toArray(String[]::new));
        return new ClusterPlan(load, nodes, serverPids, serverLogs, redisPid, failNode, failoverCalls,
                Duration.ofMillis(reconnectMs), Duration.ofMillis((long) (failoverTimeout * 1000)));
    }

    /** The node's name as bench/run starts it: node-a, node-b, ... */
    static String nodeName(int index) {
        return "node-" + (char) ('a' + index);
    }

    private static long number(String name, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got '" + value + "'");
        }
    }

    private static double decimal(String name, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, got '" + value + "'");
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
