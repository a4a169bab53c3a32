package cn.remotewindow.bench.identity;

import cn.remotewindow.identity.IdentitySettings;
import cn.remotewindow.identity.face.FaceAnalyzer;
import cn.remotewindow.identity.face.FrameAnalysis;
import cn.remotewindow.identity.liveness.Challenge;
import cn.remotewindow.identity.liveness.Motion;
import cn.remotewindow.identity.verify.CapturedFrame;
import cn.remotewindow.identity.verify.MachineDecision;
import cn.remotewindow.identity.verify.VerificationJudge;
import cn.remotewindow.identity.verify.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.imgcodecs.Imgcodecs;

/**
 * The identity engine's speed and accuracy (bench/run identity; docs/benchmarks.md "identity").
 *
 * <ul>
 *   <li>{@code frame_ms}: {@code FaceAnalyzer.analyze} on one decoded 640x480 camera frame (detection,
 *       quality gates, pose, alignment, embedding), median after warm-up.</li>
 *   <li>{@code decision_ms}: {@code VerificationJudge.decide} for a 10-frame burst (640x480 JPEGs from
 *       testdata/poses) against obama2.jpg as the card photo, everything included (hashing, image gate,
 *       decoding, analysis, liveness, comparison), median after warm-up; every decision must PASS.</li>
 *   <li>{@code fnmr}/{@code fmr} at the pass threshold over {@link SimilarityPairs}.</li>
 * </ul>
 * Options: {@code --testdata DIR} (default ./testdata), {@code --frames N} [200], {@code --frame-warmup N}
 * [30], {@code --decisions N} [30], {@code --decision-warmup N} [5].
 */
public final class IdentityBench {

    private IdentityBench() {
    }

    public static int run(String[] args) throws IOException {
        Path testdata = Path.of("testdata");
        int frames = 200;
        int frameWarmup = 30;
        int decisions = 30;
        int decisionWarmup = 5;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--testdata" -> testdata = Path.of(args[i + 1]);
                case "--frames" -> frames = Integer.parseInt(args[i + 1]);
                case "--frame-warmup" -> frameWarmup = Integer.parseInt(args[i + 1]);
                case "--decisions" -> decisions = Integer.parseInt(args[i + 1]);
                case "--decision-warmup" -> decisionWarmup = Integer.parseInt(args[i + 1]);
                default -> {
                    System.err.println("unknown option " + args[i]);
                    return 2;
                }
            }
        }
        if (args.length % 2 != 0 || frames < 1 || decisions < 1) {
            System.err.println("options come in pairs; --frames and --decisions need at least 1");
            return 2;
        }
        IdentitySettings settings = IdentitySettings.defaults();
        FaceAnalyzer analyzer = new FaceAnalyzer(settings);
        log("OpenCV %s, %d OpenCV threads, %d cores", Core.VERSION, Core.getNumThreads(),
                Runtime.getRuntime().availableProcessors());

        // One frame.
        byte[] jpeg = Files.readAllBytes(testdata.resolve("poses/obama/frontal-01.jpg"));
        Mat frame = Imgcodecs.imdecode(new MatOfByte(jpeg), Imgcodecs.IMREAD_COLOR);
        FrameAnalysis check = analyzer.analyze(frame);
        if (!check.usable()) {
            log("the benchmark frame is not usable: %s", check.issues());
            return 1;
        }
        log("frame: %d warm-up + %d measured analyses of a %dx%d frame", frameWarmup, frames, frame.cols(), frame.rows());
        double[] frameMs = Medians.time(frameWarmup, frames, () -> analyzer.analyze(frame));
        Medians.Cpu frameCpu = Medians.lastCpu();
        double[] decodeMs = Medians.time(10, 50, () -> Imgcodecs.imdecode(new MatOfByte(jpeg), Imgcodecs.IMREAD_COLOR).release());
        log("frame analysis ms: median %.2f, p90 %.2f, max %.2f; CPU %.1f ms per frame; other processes kept %.0f %% of the"
                + " cores busy meanwhile (JPEG decode, not included: median %.2f ms)", Medians.median(frameMs),
                Medians.quantile(frameMs, 0.9), frameMs[frameMs.length - 1], frameCpu.processMsPerRun(),
                frameCpu.othersBusyPercent(), Medians.median(decodeMs));

        // One decision.
        VerificationJudge judge = new VerificationJudge(settings);
        byte[] card = Files.readAllBytes(testdata.resolve("faces/obama2.jpg"));
        List<Motion> order = List.of(Motion.TURN_LEFT, Motion.NOD, Motion.TURN_RIGHT);
        List<CapturedFrame> burst = burst(testdata.resolve("poses/obama"), order);
        int[] failures = new int[1];
        Runnable decide = () -> {
            Instant issued = Instant.now();
            long first = issued.toEpochMilli() + 100;
            List<CapturedFrame> stamped = new ArrayList<>();
            for (int i = 0; i < burst.size(); i++) {
                stamped.add(new CapturedFrame(burst.get(i).encodedImage(), first + 400L * i));
            }
            Challenge challenge = new Challenge("bench", order, issued, issued.plusSeconds(20));
            MachineDecision d = judge.decide(card, challenge, stamped, issued.plusSeconds(5));
            if (d.verdict() != Verdict.PASS) {
                failures[0]++;
                log("unexpected decision %s %s", d.verdict(), d.reasons());
            }
        };
        log("decision: %d warm-up + %d measured decisions on a %d-frame burst", decisionWarmup, decisions, burst.size());
        double[] decisionMs = Medians.time(decisionWarmup, decisions, decide);
        Medians.Cpu decisionCpu = Medians.lastCpu();
        log("decision ms: median %.1f, p90 %.1f, max %.1f; CPU %.0f ms per decision; other processes kept %.0f %% busy",
                Medians.median(decisionMs), Medians.quantile(decisionMs, 0.9), decisionMs[decisionMs.length - 1],
                decisionCpu.processMsPerRun(), decisionCpu.othersBusyPercent());

        // Accuracy.
        double pass = settings.match().pass();
        double review = settings.match().reviewFloor();
        List<SimilarityPairs.Pair> pairs = SimilarityPairs.build(analyzer, testdata.resolve("faces"));
        List<SimilarityPairs.Pair> same = pairs.stream().filter(SimilarityPairs.Pair::samePerson).toList();
        List<SimilarityPairs.Pair> different = pairs.stream().filter(p -> !p.samePerson()).toList();
        long falseNonMatches = same.stream().filter(p -> p.cosine() < pass).count();
        long falseMatches = different.stream().filter(p -> p.cosine() >= pass).count();
        long differentInReview = different.stream().filter(p -> p.cosine() >= review).count();
        SimilarityPairs.Pair lowestSame = same.stream().min(Comparator.comparingDouble(SimilarityPairs.Pair::cosine)).orElseThrow();
        SimilarityPairs.Pair highestDifferent = different.stream().max(Comparator.comparingDouble(SimilarityPairs.Pair::cosine)).orElseThrow();
        log("same person: %d pairs, lowest %.3f (%s ~ %s), %d below pass %.2f", same.size(), lowestSame.cosine(),
                lowestSame.a(), lowestSame.b(), falseNonMatches, pass);
        same.stream().filter(p -> p.a().startsWith("obama") && !p.b().contains(" ")).forEach(p ->
                log("  real pair %s ~ %s: %.3f", p.a(), p.b(), p.cosine()));
        log("different people: %d pairs, highest %.3f (%s ~ %s), %d at or above the review floor %.2f, %d at or above pass",
                different.size(), highestDifferent.cosine(), highestDifferent.a(), highestDifferent.b(), differentInReview,
                review, falseMatches);

        System.out.println(String.format(Locale.ROOT,
                "BENCH identity frame_ms=%.1f decision_ms=%.0f pairs=%d fnmr=%.3f fmr=%.3f threshold=%.2f",
                Medians.median(frameMs), Medians.median(decisionMs), pairs.size(),
                (double) falseNonMatches / same.size(), (double) falseMatches / different.size(), pass));
        frame.release();
        return failures[0] == 0 ? 0 : 1;
    }

    /** The 10-frame answer to the challenge: frontal, then per step two motion frames and a frontal one. */
    private static List<CapturedFrame> burst(Path dir, List<Motion> order) throws IOException {
        List<CapturedFrame> frames = new ArrayList<>();
        int frontal = 1;
        frames.add(read(dir, "frontal", frontal++));
        for (Motion step : order) {
            String pose = switch (step) {
                case TURN_LEFT -> "left";
                case TURN_RIGHT -> "right";
                case NOD -> "down";
            };
            frames.add(read(dir, pose, 1));
            frames.add(read(dir, pose, 2));
            frames.add(read(dir, "frontal", frontal++));
        }
        return frames;
    }

    private static CapturedFrame read(Path dir, String pose, int n) throws IOException {
        return new CapturedFrame(Files.readAllBytes(dir.resolve(String.format(Locale.ROOT, "%s-%02d.jpg", pose, n))), 0);
    }

    private static void log(String format, Object... args) {
        System.err.printf(Locale.ROOT, "[identity] " + format + "%n", args);
    }
}
