package cn.remotewindow.kiosk.bench;

import cn.remotewindow.kiosk.media.MediaEngine;
import cn.remotewindow.kiosk.media.RemoteVideo;
import cn.remotewindow.kiosk.media.VideoFormat;
import cn.remotewindow.kiosk.testing.SignalingServerProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Phase 2: one call at 1280x720@30 both ways (the kiosk's camera and the expert's) on a fresh kiosk
 * process, held for the whole duration. Every second the kiosk's CPU time (utime + stime of all its
 * threads, from /proc/PID/stat) and RSS (VmRSS) are sampled. After the warm-up: CPU as a percentage
 * of one core, the RSS trend as a least-squares slope scaled to 10 minutes, CPU per thread name,
 * and the frames that crossed both ways, which must be at least 90 % of those the cameras made, at
 * 1280x720, or the figures do not describe a 720p call.
 */
final class LongCallPhase {

    /** The phase's figures, and what went wrong (empty on a clean run). */
    record Result(double setupMillis, double cpuPct, double rssMb, double rssFirstMb, double rssLastMb,
                  double growthMbPer10Min, List<String> problems) {
    }

    /** What both sides had counted at one moment. */
    private record Snapshot(long nanos, Map<String, String> kiosk, long expertGot, String expertGotSize,
                            long expertPushed, Map<Long, ProcStat.ThreadTime> threads, ProcStat.Machine machine,
                            long ownTicks) {
    }

    private static final Duration ANSWER = Duration.ofSeconds(45);
    private static final double MIN_SHARE = 0.9;

    private final SignalingServerProcess server;
    private final MediaEngine expertEngine;
    private final BenchOptions options;

    LongCallPhase(SignalingServerProcess server, MediaEngine expertEngine, BenchOptions options) {
        this.server = server;
        this.expertEngine = expertEngine;
        this.options = options;
    }

    Result run() throws Exception {
        VideoFormat format = VideoFormat.HD_30;
        int duration = options.durationSeconds();
        int warmup = options.warmupSeconds();
        List<String> problems = new ArrayList<>();
        List<long[]> samples = new ArrayList<>();
        double setup;
        Snapshot first;
        Snapshot last;
        try (Expert expert = Expert.online(server, expertEngine, format);
             KioskProcess kiosk = KioskProcess.start(server.httpUrl(), format, options.kioskJvmOptions())) {
            long pid = kiosk.pid();
            KioskBench.log("phase 2: one call at %s both ways for %d s, kiosk pid %d; figures after %d s warm-up",
                    format, duration, pid, warmup);
            String answer = kiosk.ask("call", "connected", ANSWER);
            setup = Double.parseDouble(SetupPhase.value(answer, "setup_ms"));
            KioskBench.log("call: %s", answer);
            long start = System.nanoTime();
            Snapshot atWarmup = null;
            for (int s = 0; s <= duration; s++) {
                sleepUntil(start + s * 1_000_000_000L);
                samples.add(new long[] {System.nanoTime() - start, ProcStat.cpuTicks(pid), ProcStat.rssKb(pid)});
                if (s == warmup) {
                    atWarmup = snapshot(kiosk, expert, pid);
                }
                if (s > 0 && s % 30 == 0) {
                    progress(samples, s);
                }
            }
            first = atWarmup;
            last = snapshot(kiosk, expert, pid);
            kiosk.ask("hangup", "idle", ANSWER);
        }
        writeSamples(samples);

        long[] from = samples.get(warmup);
        long[] to = samples.get(samples.size() - 1);
        double seconds = (to[0] - from[0]) / 1e9;
        double cpuPct = 100.0 * (to[1] - from[1]) / options.clkTck() / seconds;
        List<long[]> measured = samples.subList(warmup, samples.size());
        double[] x = measured.stream().mapToDouble(v -> v[0] / 1e9).toArray();
        double[] y = measured.stream().mapToDouble(v -> v[2] / 1024.0).toArray();
        double growth = Figures.slope(x, y) * 600;

        checkFrames(first, last, problems);
        describe(first, last, seconds);
        return new Result(setup, cpuPct, to[2] / 1024.0, from[2] / 1024.0, to[2] / 1024.0, growth, problems);
    }

    private Snapshot snapshot(KioskProcess kiosk, Expert expert, long pid) throws IOException {
        Map<String, String> stats = parse(kiosk.ask("stats", "stats", ANSWER));
        RemoteVideo got = expert.kioskVideo();
        return new Snapshot(System.nanoTime(), stats, got == null ? 0 : got.framesReceived(),
                got == null ? "none" : got.lastWidth() + "x" + got.lastHeight(), expert.camera.framesPushed(),
                ProcStat.threads(pid), ProcStat.machine(), ProcStat.cpuTicks(ProcessHandle.current().pid()));
    }

    private void checkFrames(Snapshot a, Snapshot b, List<String> problems) {
        long kioskPushed = count(b, a, "pushed");
        long kioskSent = count(b, a, "sent");
        long expertGot = b.expertGot() - a.expertGot();
        long expertPushed = b.expertPushed() - a.expertPushed();
        long kioskGot = count(b, a, "got");
        double seconds = (b.nanos() - a.nanos()) / 1e9;
        KioskBench.log("frames over %.0f s: kiosk camera %d (%.1f/s), encoded and sent %d, expert received %d;"
                        + " expert camera %d, kiosk received %d, drew %d, self-view drew %d",
                seconds, kioskPushed, kioskPushed / seconds, kioskSent, expertGot, expertPushed, kioskGot,
                count(b, a, "drawn"), count(b, a, "self_drawn"));
        KioskBench.log("sizes received: at the expert %s, at the kiosk %s; kiosk sends %s kbit/s, codecs %s",
                b.expertGotSize(), b.kiosk().get("got_size"), b.kiosk().get("send_kbps"), b.kiosk().get("codecs"));
        if (expertGot < MIN_SHARE * kioskPushed) {
            problems.add(String.format("the expert received %d of the kiosk camera's %d frames (%.0f %%, sent %d)",
                    expertGot, kioskPushed, 100.0 * expertGot / Math.max(1, kioskPushed), kioskSent));
        }
        if (kioskGot < MIN_SHARE * expertPushed) {
            problems.add(String.format("the kiosk received %d of the expert camera's %d frames (%.0f %%)",
                    kioskGot, expertPushed, 100.0 * kioskGot / Math.max(1, expertPushed)));
        }
        String hd = VideoFormat.HD_30.width() + "x" + VideoFormat.HD_30.height();
        if (!hd.equals(b.expertGotSize()) || !hd.equals(b.kiosk().get("got_size"))) {
            problems.add("video was not 1280x720 both ways at the end: the expert got " + b.expertGotSize()
                    + ", the kiosk got " + b.kiosk().get("got_size"));
        }
    }

    /** Where the kiosk's CPU went, by thread name; the machine's load; the benchmark's own CPU. */
    private void describe(Snapshot a, Snapshot b, double seconds) {
        Map<String, Long> byName = new HashMap<>();
        b.threads().forEach((tid, now) -> {
            ProcStat.ThreadTime before = a.threads().get(tid);
            long ticks = now.ticks() - (before == null ? 0 : before.ticks());
            byName.merge(now.name().replaceAll("[0-9]+", "#"), ticks, Long::sum);
        });
        StringBuilder top = new StringBuilder();
        byName.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(12)
                .forEach(e -> top.append(String.format(" %s %.1f%%;", e.getKey(),
                        100.0 * e.getValue() / options.clkTck() / seconds)));
        KioskBench.log("kiosk CPU by thread (%% of one core; threads ended in between not counted):%s", top);
        long total = b.machine().total() - a.machine().total();
        long idle = b.machine().idle() - a.machine().idle();
        long steal = b.machine().steal() - a.machine().steal();
        KioskBench.log("machine: %.0f %% busy (of all cores), %.1f %% stolen; the benchmark JVM (server + expert)"
                        + " %.0f %% of one core", 100.0 * (total - idle) / Math.max(1, total),
                100.0 * steal / Math.max(1, total), 100.0 * (b.ownTicks() - a.ownTicks()) / options.clkTck() / seconds);
        // RSS includes the Java heap the JVM has committed; a change there is the heap's sizing, not a leak.
        KioskBench.log("kiosk Java heap committed %s MB after the warm-up, %s MB at the end (used %s MB then)",
                a.kiosk().get("heap_committed_mb"), b.kiosk().get("heap_committed_mb"), b.kiosk().get("heap_used_mb"));
    }

    private void progress(List<long[]> samples, int s) {
        long[] now = samples.get(s);
        long[] before = samples.get(s - 30);
        KioskBench.log("%4d s: kiosk CPU %.0f %% (last 30 s), RSS %.0f MB", s,
                100.0 * (now[1] - before[1]) / options.clkTck() / ((now[0] - before[0]) / 1e9), now[2] / 1024.0);
    }

    private void writeSamples(List<long[]> samples) throws IOException {
        if (options.samplesFile() == null) {
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add("seconds,cpu_ticks,rss_kb");
        for (long[] s : samples) {
            lines.add(String.format("%.3f,%d,%d", s[0] / 1e9, s[1], s[2]));
        }
        Files.write(options.samplesFile(), lines);
    }

    private static long count(Snapshot b, Snapshot a, String key) {
        return Long.parseLong(b.kiosk().get(key)) - Long.parseLong(a.kiosk().get(key));
    }

    /** "stats a=1 b=2" → {a=1, b=2} */
    private static Map<String, String> parse(String answer) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String part : answer.split(" ")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                out.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        return out;
    }

    private static void sleepUntil(long nanos) throws InterruptedException {
        long wait = nanos - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }
}
