package cn.remotewindow.bench.signaling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the nodes' logs say about the run. The relay counts the frames each node saw go missing
 * (RedisRelay numbers its frames per channel and logs every gap at WARN), and that is the only
 * place a bench outside the server can read them: the actuator's metrics need a log-in, and the
 * relay's counters are not published as metrics.
 */
final class NodeLogs {

    private static final Pattern MISSED = Pattern.compile("(\\d+) relay frames from (\\S+) on (\\S+) never arrived");
    private static final Pattern DEAD = Pattern.compile("^(\\S+)\\s.*NodeLoss.*node (\\S+) is dead");
    private static final Pattern LEVEL = Pattern.compile("\\s(WARN|ERROR)\\s");
    private static final int EXAMPLES = 6;

    /**
     * One node's log.
     *
     * @param missedFrames   relay frames this node never received, by the gaps in their numbers
     * @param failedRelays   publications to the relay that this node logged as failed
     * @param warnings       WARN lines
     * @param errors         ERROR lines
     */
    record Node(String name, long missedFrames, long failedRelays, long warnings, long errors) {
    }

    /** A node's log saying that {@code dead} is dead and it takes over its sessions. */
    record DeathNotice(String dead, String by, long epochMillis) {
    }

    /** The counts of every node, the death notices, and the first few WARN and ERROR lines of all of them. */
    record Summary(List<Node> nodes, List<DeathNotice> deaths, List<String> examples) {

        /** The earliest notice that {@code node} is dead. */
        Optional<DeathNotice> firstDeathNotice(String node) {
            return deaths.stream().filter(d -> d.dead().equals(node)).min(Comparator.comparingLong(DeathNotice::epochMillis));
        }

        long missedFrames() {
            return nodes.stream().mapToLong(Node::missedFrames).sum();
        }

        long failedRelays() {
            return nodes.stream().mapToLong(Node::failedRelays).sum();
        }
    }

    private NodeLogs() {
    }

    /** Reads the logs, the i-th being node i's; none gives an empty summary. */
    static Summary read(List<Path> logs) {
        List<Node> nodes = new ArrayList<>();
        List<String> examples = new ArrayList<>();
        List<DeathNotice> deaths = new ArrayList<>();
        for (int i = 0; i < logs.size(); i++) {
            String name = ClusterPlan.nodeName(i);
            long missed = 0;
            long failed = 0;
            long warnings = 0;
            long errors = 0;
            try (Stream<String> lines = Files.lines(logs.get(i), StandardCharsets.UTF_8)) {
                for (String line : (Iterable<String>) lines::iterator) {
                    Matcher level = LEVEL.matcher(line);
                    if (!level.find()) {
                        continue;
                    }
                    if (level.group(1).equals("ERROR")) {
                        errors++;
                    } else {
                        warnings++;
                    }
                    Matcher dead = DEAD.matcher(line);
                    if (dead.find()) {
                        try {
                            deaths.add(new DeathNotice(dead.group(2), name, Instant.parse(dead.group(1)).toEpochMilli()));
                        } catch (DateTimeParseException e) {
                            // not Spring Boot's default log format: no time to compare
                        }
                    }
                    Matcher gap = MISSED.matcher(line);
                    if (gap.find()) {
                        missed += Long.parseLong(gap.group(1));
                    } else if (line.contains("relay to ") && line.contains(" failed")) {
                        failed++;
                    }
                    if (examples.size() < EXAMPLES) {
                        examples.add(name + ": " + line.strip());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + logs.get(i), e);
            }
            nodes.add(new Node(name, missed, failed, warnings, errors));
        }
        return new Summary(nodes, deaths, examples);
    }
}
