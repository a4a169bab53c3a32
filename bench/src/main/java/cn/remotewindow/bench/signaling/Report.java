package cn.remotewindow.bench.signaling;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/** Prints a run's summary for people, then the one BENCH line that scripts read, last. */
final class Report {

    static final int TARGET_CLIENTS = 5000;
    static final double TARGET_RATE = 200;
    static final double TARGET_PAIRING_P99_MS = 10;
    static final double TARGET_RELAY_P99_MS = 2;
    static final double TARGET_HEAP_MB = 512;

    private Report() {
    }

    static void print(Outcome o, PrintStream out) {
        LoadPlan plan = o.plan();
        double rate = o.measuredSeconds() > 0 ? o.startedMeasured() / o.measuredSeconds() : 0;
        Latencies.Snapshot l = o.latencies();
        out.println();
        out.printf(Locale.ROOT, "signaling benchmark: %d kiosks + %d experts on %s, %d skills%n",
                plan.kiosks(), plan.experts(), plan.uri(), plan.skills());
        out.printf(Locale.ROOT, "  load: %.0f requests/s for %.0f s after %d s warm-up; hold %d ms; %d candidates per side;"
                        + " offer/answer ~%d bytes%n", plan.rate(), o.measuredSeconds(), plan.warmup().toSeconds(),
                plan.hold().toMillis(), plan.candidates(), plan.sdpBytes());
        out.printf(Locale.ROOT, "  connections: %d of %d authenticated in %.1f s, %d open when measuring ended%n",
                o.clientsReady(), plan.clients(), o.connectSeconds(), o.clientsOpen());
        out.printf(Locale.ROOT, "  cycles measured: %d started (%.1f/s), %d completed, %d waited in a queue;"
                        + " whole run: %d started, %d lost%n", o.startedMeasured(), rate, o.completedMeasured(),
                o.queuedMeasured(), o.started(), o.lost());
        out.println("  " + line("pairing ms", l.pairing()));
        out.println("  " + line("relay ms", l.relay()));
        out.println("    " + line("offer/answer", l.sdpRelay()));
        out.println("    " + line("candidates", l.candidateRelay()));
        out.println("  " + line("request->ACTIVE ms", l.setup()));
        out.printf(Locale.ROOT, "  platform floor: a thread parked for 1 ms woke up late by p50 %s, p99 %s, p99.9 %s ms"
                        + " (measured before the load); a relay wakes three or four threads%n",
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
        int cores = Runtime.getRuntime().availableProcessors();
        double others = o.machineCpuPercent() < 0 || o.serverCpuPercent() < 0 ? -1
                : Math.max(0, o.machineCpuPercent() * cores - o.serverCpuPercent() - o.benchCpuPercent());
        out.printf(Locale.ROOT, "  cpu over the measured window, in %% of one core: server %s, benchmark client %s,"
                        + " everything else %s (kernel network work, jstat, other processes)%n",
                percent(o.serverCpuPercent()), percent(o.benchCpuPercent()), percent(others));
        out.printf(Locale.ROOT, "  machine (%d cores): %s busy, %s stolen by the hypervisor, the rest idle%n", cores,
                percent(o.machineCpuPercent()), percent(o.stealPercent()));
        if (o.serverCpuPercent() >= 0 && o.completedMeasured() > 0) {
            out.printf(Locale.ROOT, "  cost per measured cycle: server %.2f ms CPU, benchmark client %.2f ms CPU%n",
                    o.serverCpuPercent() * 10 * o.measuredSeconds() / o.completedMeasured(),
                    o.benchCpuPercent() * 10 * o.measuredSeconds() / o.completedMeasured());
        }
        if (others > 25 || o.stealPercent() > 10) {
            out.println("  WARNING: the cores were not ours alone (other processes or the hypervisor took time);"
                    + " latencies suffer from it");
        }
        out.printf(Locale.ROOT, "  gc in the measured window: server %s; benchmark client %s%n",
                pauses(o.serverPauses(), o.measuredSeconds()), pauses(o.benchPauses(), o.measuredSeconds()));
        out.printf(Locale.ROOT, "  server heap: max %s MB used (%d jstat samples, 1 s apart), %s MB live after a full GC at the end%n",
                mb(o.heapMaxMb()), o.heapSamples(), mb(o.heapLiveMb()));
        out.println("  targets: " + String.join(", ", targets(o, rate)));
        out.println(benchLine(o));
    }

    static String benchLine(Outcome o) {
        Latencies.Snapshot l = o.latencies();
        return String.format(Locale.ROOT,
                "BENCH signaling clients=%d pairings=%d pairing_p50_ms=%s pairing_p99_ms=%s relay_p50_ms=%s"
                        + " relay_p99_ms=%s lost=%d errors=%d heap_mb=%s",
                o.clientsOpen(), l.pairing().getTotalCount(), ms(l.pairing(), 50), ms(l.pairing(), 99),
                ms(l.relay(), 50), ms(l.relay(), 99), o.lost(), o.errors(), mb(o.heapMaxMb()));
    }

    private static List<String> targets(Outcome o, double rate) {
        Latencies.Snapshot l = o.latencies();
        List<String> met = new ArrayList<>();
        met.add(target(o.clientsOpen() + " connections", o.clientsOpen() >= TARGET_CLIENTS, ">= " + TARGET_CLIENTS));
        met.add(target(String.format(Locale.ROOT, "%.1f requests/s", rate), rate >= TARGET_RATE * 0.99
                && o.noIdleKiosk() == 0, ">= 200"));
        met.add(target("pairing p99 " + ms(l.pairing(), 99) + " ms", l.pairing().getTotalCount() > 0
                && millis(l.pairing(), 99) <= TARGET_PAIRING_P99_MS, "<= 10"));
        met.add(target("relay p99 " + ms(l.relay(), 99) + " ms", l.relay().getTotalCount() > 0
                && millis(l.relay(), 99) <= TARGET_RELAY_P99_MS, "<= 2"));
        met.add(target("lost " + o.lost(), o.lost() == 0, "0"));
        met.add(target("errors " + o.errors(), o.errors() == 0, "0"));
        met.add(target("heap " + mb(o.heapMaxMb()) + " MB", o.heapMaxMb() >= 0 && o.heapMaxMb() <= TARGET_HEAP_MB, "<= 512"));
        return met;
    }

    static String target(String figure, boolean ok, String goal) {
        return figure + (ok ? " ok" : " MISSED (target " + goal + ")");
    }

    static String line(String label, Histogram h) {
        if (h.getTotalCount() == 0) {
            return label + ": no samples";
        }
        return String.format(Locale.ROOT, "%-18s p50 %s  p90 %s  p99 %s  p99.9 %s  max %s  (n=%d)", label + ":",
                ms(h, 50), ms(h, 90), ms(h, 99), ms(h, 99.9), ms(h, 100), h.getTotalCount());
    }

    static double millis(Histogram h, double percentile) {
        return h.getValueAtPercentile(percentile) / 1000.0;
    }

    static String ms(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? "-1" : String.format(Locale.ROOT, "%.2f", millis(h, percentile));
    }

    static String mb(double value) {
        return value < 0 ? "-1" : String.format(Locale.ROOT, "%.0f", value);
    }

    static String pauses(HeapSampler.Pauses pauses, double seconds) {
        if (pauses == null) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%d pauses, %.0f ms in all (%.1f%% of the time, %.1f ms on average)",
                pauses.count(), pauses.seconds() * 1000, seconds > 0 ? 100 * pauses.seconds() / seconds : 0,
                pauses.count() > 0 ? pauses.seconds() * 1000 / pauses.count() : 0);
    }

    static String percent(double value) {
        return value < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f%%", value);
    }
}
