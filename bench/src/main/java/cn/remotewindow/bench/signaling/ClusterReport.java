package cn.remotewindow.bench.signaling;

import static cn.remotewindow.bench.signaling.Report.line;
import static cn.remotewindow.bench.signaling.Report.mb;
import static cn.remotewindow.bench.signaling.Report.millis;
import static cn.remotewindow.bench.signaling.Report.ms;
import static cn.remotewindow.bench.signaling.Report.pauses;
import static cn.remotewindow.bench.signaling.Report.percent;
import static cn.remotewindow.bench.signaling.Report.target;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/** Prints a cluster run's summary for people, then the one BENCH line that scripts read, last. */
final class ClusterReport {

    static final double TARGET_PAIRING_P99_MS = 15;
    static final double TARGET_RELAY_P99_MS = 5;
    static final double TARGET_FAILOVER_S = 5;

    private ClusterReport() {
    }

    static void print(ClusterOutcome o, PrintStream out) {
        ClusterPlan cluster = o.plan();
        LoadPlan plan = cluster.load();
        int nodes = cluster.nodes().size();
        double rate = o.measuredSeconds() > 0 ? o.startedMeasured() / o.measuredSeconds() : 0;
        Latencies.Snapshot l = o.latencies();
        out.println();
        out.printf(Locale.ROOT, "cluster benchmark: %d nodes sharing one redis-server; %d kiosks + %d experts spread"
                        + " over them, %d item codes each served on one node only: every pairing crosses nodes%n",
                nodes, plan.kiosks(), plan.experts(), plan.skills());
        for (int i = 0; i < nodes; i++) {
            out.printf(Locale.ROOT, "  %s: %s (pid %d)%n", ClusterPlan.nodeName(i), cluster.nodes().get(i),
                    cluster.serverPids().get(i));
        }
        out.printf(Locale.ROOT, "  load: %.0f requests/s for %.0f s after %d s warm-up; hold %d ms; %d candidates per side;"
                        + " offer/answer ~%d bytes%n", plan.rate(), o.measuredSeconds(), plan.warmup().toSeconds(),
                plan.hold().toMillis(), plan.candidates(), plan.sdpBytes());
        out.printf(Locale.ROOT, "  connections: %d of %d authenticated in %.1f s, %d open when measuring ended%n",
                o.clientsReady(), plan.clients(), o.connectSeconds(), o.clientsOpen());
        out.printf(Locale.ROOT, "  cycles measured: %d started (%.1f/s), %d completed, %d waited in a queue;"
                        + " whole run: %d started, %d lost%n", o.startedMeasured(), rate, o.completedMeasured(),
                o.queuedMeasured(), o.started(), o.lostCycles());
        out.println("  " + line("pairing ms", l.pairing()));
        out.println("  " + line("relay ms", l.relay()));
        out.println("    " + line("offer/answer", l.sdpRelay()));
        out.println("    " + line("candidates", l.candidateRelay()));
        out.println("  " + line("request->ACTIVE ms", l.setup()));
        out.printf(Locale.ROOT, "  platform floor: a thread parked for 1 ms woke up late by p50 %s, p99 %s, p99.9 %s ms"
                        + " (measured before the load)%n",
                ms(o.wakeupFloor(), 50), ms(o.wakeupFloor(), 99), ms(o.wakeupFloor(), 99.9));
        if (o.queueUpdates() > 0) {
            out.printf(Locale.ROOT, "  queue.update messages received by waiting kiosks: %d%n", o.queueUpdates());
        }
        out.printf(Locale.ROOT, "  errors: %d (error replies %d, unexpected closes %d, failed connects %d, undecodable %d);"
                        + " unexpected messages %d; requests with no free kiosk %d%n", o.errors(), o.errorReplies(),
                o.unexpectedCloses(), o.connectFailures(), o.undecodable(), o.surprises(), o.noIdleKiosk());
        for (String problem : o.problems()) {
            out.println("    " + problem);
        }
        for (String lost : o.lostExamples()) {
            out.println("    lost: " + lost);
        }
        printMachine(o, out);
        printLogs(o.logs(), out);
        printFailover(o, out);
        out.println("  targets: " + String.join(", ", targets(o)));
        out.println(benchLine(o));
    }

    private static void printMachine(ClusterOutcome o, PrintStream out) {
        int nodes = o.nodeCpuPercent().size();
        List<String> cpu = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            cpu.add(ClusterPlan.nodeName(i) + " " + percent(o.nodeCpuPercent().get(i)));
        }
        int cores = Runtime.getRuntime().availableProcessors();
        double servers = o.serversCpuPercent();
        double known = servers < 0 || o.redisCpuPercent() < 0 ? -1 : servers + o.redisCpuPercent() + o.benchCpuPercent();
        double others = o.machineCpuPercent() < 0 || known < 0 ? -1 : Math.max(0, o.machineCpuPercent() * cores - known);
        out.printf(Locale.ROOT, "  cpu over the measured window, in %% of one core: %s (together %s), redis %s,"
                        + " benchmark client %s, everything else %s%n", String.join(", ", cpu), percent(servers),
                percent(o.redisCpuPercent()), percent(o.benchCpuPercent()), percent(others));
        out.printf(Locale.ROOT, "  machine (%d cores): %s busy, %s stolen by the hypervisor, the rest idle%n", cores,
                percent(o.machineCpuPercent()), percent(o.stealPercent()));
        if (servers >= 0 && o.completedMeasured() > 0) {
            double perCycle = 10 * o.measuredSeconds() / o.completedMeasured();
            out.printf(Locale.ROOT, "  cost per measured cycle: nodes together %.2f ms CPU, redis %.2f ms, benchmark client %.2f ms%n",
                    servers * perCycle, Math.max(0, o.redisCpuPercent()) * perCycle, o.benchCpuPercent() * perCycle);
        }
        if (others > 25 || o.stealPercent() > 10) {
            out.println("  WARNING: the cores were not ours alone (other processes or the hypervisor took time);"
                    + " latencies suffer from it");
        }
        List<String> gc = new ArrayList<>();
        List<String> heap = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            gc.add(ClusterPlan.nodeName(i) + " " + pauses(o.nodePauses().get(i), o.measuredSeconds()));
            heap.add(ClusterPlan.nodeName(i) + " " + mb(o.nodeHeapMaxMb().get(i)) + " MB");
        }
        out.println("  gc in the measured window: " + String.join("; ", gc) + "; benchmark client "
                + pauses(o.benchPauses(), o.measuredSeconds()));
        out.println("  heap used at most (jstat, 1 s samples, until the kill): " + String.join(", ", heap));
    }

    private static void printLogs(NodeLogs.Summary logs, PrintStream out) {
        if (logs.nodes().isEmpty()) {
            out.println("  nodes' logs: not read");
            return;
        }
        List<String> counts = new ArrayList<>();
        for (NodeLogs.Node node : logs.nodes()) {
            counts.add(String.format(Locale.ROOT, "%s %d missed, %d WARN, %d ERROR", node.name(), node.missedFrames(),
                    node.warnings(), node.errors()));
        }
        out.printf(Locale.ROOT, "  relay between nodes (from the nodes' logs): %d frames missed (gaps in the frame"
                        + " numbers), %d failed publications logged; %s%n", logs.missedFrames(), logs.failedRelays(),
                String.join("; ", counts));
        for (String example : logs.examples()) {
            out.println("    " + (example.length() > 300 ? example.substring(0, 300) + "..." : example));
        }
    }

    private static void printFailover(ClusterOutcome o, PrintStream out) {
        NodeFailover.Result f = o.failover();
        if (f == null) {
            out.println("  failover: not run");
            return;
        }
        String node = ClusterPlan.nodeName(o.plan().failNode());
        out.printf(Locale.ROOT, "  failover: %s killed (SIGKILL%s) with %d held calls ACTIVE whose kiosk was on it and %d"
                        + " whose expert was (%d asked for each way, %d set up); %d parties were connected to it, %d saw the close,"
                        + " %d connected again to the other nodes (after %d ms +-20%%)%n", node,
                f.killed() ? "" : ", NOT confirmed dead", f.kioskCalls(), f.expertCalls(), f.wanted(), f.held(), f.moving(),
                f.droppedParties(), f.back(), o.plan().reconnectDelay().toMillis());
        out.println("    " + seconds("kiosks: kill -> auth.ok on another node", f.kioskBack()));
        out.println("    " + seconds("experts: kill -> auth.ok on another node", f.expertBack()));
        o.logs().firstDeathNotice(ClusterPlan.nodeName(o.plan().failNode())).ifPresent(notice -> out.printf(Locale.ROOT,
                "    %s taken for dead by %s %.2f s after the kill (its NodeLoss log line)%n",
                node, notice.by(), (notice.epochMillis() - f.killedAtMillis()) / 1000.0));
        out.println("    " + seconds("kiosks: kill -> session.resumed", f.kioskResume())
                + (f.kiosksNotResumed() > 0 ? "; NEVER resumed: " + f.kiosksNotResumed() : ""));
        out.println("    " + seconds("experts: kill -> session.resumed", f.expertResume())
                + (f.expertsNotResumed() > 0 ? "; NEVER resumed: " + f.expertsNotResumed() : ""));
        int calls = f.kioskCalls() + f.expertCalls();
        long chats = 4L * f.held();
        out.printf(Locale.ROOT, "    chats after the failover, one each way per held call: %d of %d arrived;"
                        + " held calls that did not end cleanly: %d%n", chats - f.chatsMissing(), chats, f.heldNotEnded());
        if (calls < 2 * f.held()) {
            out.printf(Locale.ROOT, "    only %d of %d held calls were ACTIVE before the kill%n", calls, 2 * f.held());
        }
        out.printf(Locale.ROOT, "  lost: %d cycles + %d chats = %d%n", o.lostCycles(), f.chatsMissing(), o.lost());
    }

    private static String seconds(String label, Histogram micros) {
        if (micros.getTotalCount() == 0) {
            return label + ": none";
        }
        return String.format(Locale.ROOT, "%s s: min %.2f  p50 %.2f  p90 %.2f  max %.2f  (n=%d)", label,
                micros.getMinValue() / 1e6, micros.getValueAtPercentile(50) / 1e6,
                micros.getValueAtPercentile(90) / 1e6, micros.getMaxValue() / 1e6, micros.getTotalCount());
    }

    static String benchLine(ClusterOutcome o) {
        Latencies.Snapshot l = o.latencies();
        double failover = o.failover() == null ? -1 : o.failover().failoverSeconds();
        return String.format(Locale.ROOT,
                "BENCH cluster nodes=%d clients=%d pairing_p99_ms=%s relay_p99_ms=%s lost=%d failover_s=%s",
                o.plan().nodes().size(), o.clientsOpen(), ms(l.pairing(), 99), ms(l.relay(), 99), o.lost(),
                failover < 0 ? "-1" : String.format(Locale.ROOT, "%.2f", failover));
    }

    private static List<String> targets(ClusterOutcome o) {
        Latencies.Snapshot l = o.latencies();
        double failover = o.failover() == null ? -1 : o.failover().failoverSeconds();
        List<String> met = new ArrayList<>();
        met.add(target("pairing p99 " + ms(l.pairing(), 99) + " ms", l.pairing().getTotalCount() > 0
                && millis(l.pairing(), 99) <= TARGET_PAIRING_P99_MS, "<= 15"));
        met.add(target("relay p99 " + ms(l.relay(), 99) + " ms", l.relay().getTotalCount() > 0
                && millis(l.relay(), 99) <= TARGET_RELAY_P99_MS, "<= 5"));
        met.add(target("lost " + o.lost(), o.lost() == 0, "0"));
        met.add(target(String.format(Locale.ROOT, "failover %.2f s", failover), failover >= 0
                && failover <= TARGET_FAILOVER_S, "<= 5"));
        met.add(target("errors " + o.errors(), o.errors() == 0, "0"));
        return met;
    }
}
