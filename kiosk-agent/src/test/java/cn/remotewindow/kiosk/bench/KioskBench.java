package cn.remotewindow.kiosk.bench;

import cn.remotewindow.kiosk.media.AudioSetup;
import cn.remotewindow.kiosk.media.MediaEngine;
import cn.remotewindow.kiosk.testing.SignalingServerProcess;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The kiosk benchmark ({@code bench/run kiosk}): the real signaling server and an expert robot in
 * this JVM, the kiosk agent alone in a child JVM ({@link BenchKiosk}), so that what is measured
 * of the kiosk is the kiosk's. Phase 1 ({@link SetupPhase}) times call set-up at 640x480; phase 2
 * ({@link LongCallPhase}) holds one 1280x720@30 call and samples the kiosk's CPU and RSS.
 *
 * <p>Must run where WebRTC media can flow (bin/java-in-netns); the child inherits the namespace.
 * Progress goes to stderr; the last line on stdout is
 * {@code BENCH kiosk calls=N setup_p50_ms=.. setup_p95_ms=.. cpu_pct_720p=.. rss_mb=.. rss_growth_mb_10min=..},
 * printed only when every call connected and video crossed both ways. Exit status 0, 1 when the
 * run was not clean (the reason on stderr), 2 for bad options. Options: {@link BenchOptions}.
 */
public final class KioskBench {

    private KioskBench() {
    }

    public static void main(String[] args) {
        Locale.setDefault(Locale.ROOT);
        // Spring, logback and the libraries print to System.out: all of it goes to stderr, so that
        // the BENCH line is the only thing on the real stdout.
        PrintStream stdout = System.out;
        System.setOut(System.err);
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            log("%s", e.getMessage());
            System.exit(2);
            return;
        }
        int status;
        try {
            String bench = run(options);
            if (bench != null) {
                stdout.println(bench);
                stdout.flush();
            }
            status = bench == null ? 1 : 0;
        } catch (Exception e) {
            log("the benchmark failed: %s", e);
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    /** Runs both phases; the BENCH line, or null when the run was not clean. */
    private static String run(BenchOptions options) throws Exception {
        List<String> problems = new ArrayList<>();
        SetupPhase.Result setup = new SetupPhase.Result(List.of(), List.of());
        LongCallPhase.Result call = null;
        log("starting the signaling server (in this JVM, demo accounts)");
        try (SignalingServerProcess server = new SignalingServerProcess().start()) {
            MediaEngine expertEngine = MediaEngine.start(AudioSetup.HEADLESS);
            try {
                if (options.calls() > 0) {
                    setup = new SetupPhase(server, expertEngine, options).run();
                    problems.addAll(setup.problems());
                }
                if (options.durationSeconds() > 0 && problems.isEmpty()) {
                    call = new LongCallPhase(server, expertEngine, options).run();
                    problems.addAll(call.problems());
                }
            } finally {
                expertEngine.close();
            }
        }
        double p50 = Figures.percentile(setup.setupMillis(), 50);
        double p95 = Figures.percentile(setup.setupMillis(), 95);
        if (!setup.setupMillis().isEmpty()) {
            log("set-up over %d calls: p50 %.0f ms, p95 %.0f ms, min %.0f ms, max %.0f ms", setup.setupMillis().size(),
                    p50, p95, Figures.percentile(setup.setupMillis(), 0), Figures.percentile(setup.setupMillis(), 100));
        }
        if (call != null) {
            log("720p call: set-up %.0f ms; kiosk CPU %.1f %% of one core; RSS %.0f MB after the warm-up, %.0f MB at"
                            + " the end, trend %+.1f MB per 10 min", call.setupMillis(), call.cpuPct(), call.rssFirstMb(),
                    call.rssLastMb(), call.growthMbPer10Min());
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> log("NOT CLEAN: %s", p));
            log("no BENCH line: the figures above do not describe working calls");
            return null;
        }
        return String.format("BENCH kiosk calls=%d setup_p50_ms=%s setup_p95_ms=%s cpu_pct_720p=%s rss_mb=%s"
                        + " rss_growth_mb_10min=%s", setup.setupMillis().size(), figure(p50, 0), figure(p95, 0),
                call == null ? "n/a" : figure(call.cpuPct(), 1), call == null ? "n/a" : figure(call.rssMb(), 0),
                call == null ? "n/a" : figure(call.growthMbPer10Min(), 1));
    }

    private static String figure(double value, int decimals) {
        return Double.isNaN(value) ? "n/a" : String.format("%." + decimals + "f", value);
    }

    static void log(String format, Object... args) {
        System.err.printf("[kiosk-bench] " + format + "%n", args);
    }
}
