package cn.remotewindow.identity.verify;

import cn.remotewindow.identity.IdentitySettings;
import cn.remotewindow.identity.LivenessThresholds;
import cn.remotewindow.identity.MatchThresholds;
import cn.remotewindow.identity.ModelFile;
import cn.remotewindow.identity.ModelInfo;
import cn.remotewindow.identity.face.FaceAnalyzer;
import cn.remotewindow.identity.face.FrameAnalysis;
import cn.remotewindow.identity.face.HeadPose;
import cn.remotewindow.identity.face.QualityIssue;
import cn.remotewindow.identity.image.ImageGate;
import cn.remotewindow.identity.image.ImageProblem;
import cn.remotewindow.identity.image.ImageRejectedException;
import cn.remotewindow.identity.liveness.Challenge;
import cn.remotewindow.identity.liveness.LivenessChecker;
import cn.remotewindow.identity.liveness.LivenessProblem;
import cn.remotewindow.identity.liveness.LivenessResult;
import cn.remotewindow.identity.liveness.PoseSample;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opencv.core.Mat;

/**
 * One decision's work and state; used once, by one thread.
 *
 * <p>Verdict rule. FAIL if any of: an image refused, identical frames, liveness failed, the burst shows
 * more than one person, the card photo has no usable face or several faces, no usable frame, or a
 * similarity below {@code reviewFloor}. Otherwise NEEDS_REVIEW if the similarity is below {@code pass} or
 * the card photo has quality issues. Otherwise PASS.
 */
final class DecisionRun {

    private final IdentitySettings settings;
    private final ImageGate gate;
    private final LivenessChecker livenessChecker;
    private final List<ModelInfo> models;
    private final long startedNanos;

    DecisionRun(IdentitySettings settings, ImageGate gate, LivenessChecker livenessChecker, List<ModelInfo> models,
                long startedNanos) {
        this.settings = settings;
        this.gate = gate;
        this.livenessChecker = livenessChecker;
        this.models = models;
        this.startedNanos = startedNanos;
    }

    MachineDecision decide(FaceAnalyzer analyzer, byte[] cardBytes, Challenge challenge, List<CapturedFrame> burst,
                           Instant receivedAt) {
        Set<DecisionReason> reasons = EnumSet.noneOf(DecisionReason.class);

        // The card photo.
        ImageProblem cardRejected = null;
        FrameAnalysis card = null;
        try {
            card = analyse(analyzer, cardBytes, true);
        } catch (ImageRejectedException e) {
            cardRejected = e.problem();
            reasons.add(DecisionReason.CARD_PHOTO_REJECTED);
        }
        if (card != null) {
            if (card.faceCount() > 1) {
                reasons.add(DecisionReason.CARD_PHOTO_MULTIPLE_FACES);
            } else if (card.embedding() == null) {
                reasons.add(DecisionReason.CARD_PHOTO_NO_FACE);
            } else if (!card.issues().isEmpty()) {
                reasons.add(DecisionReason.CARD_PHOTO_POOR_QUALITY);
            }
        }
        CardReport cardReport = new CardReport(sha256(cardBytes), cardRejected, card == null ? 0 : card.faceCount(),
                card == null ? List.of() : card.issues());

        // Every frame, then liveness on their poses.
        int n = burst.size();
        FrameAnalysis[] analyses = new FrameAnalysis[n];
        ImageProblem[] rejected = new ImageProblem[n];
        String[] hashes = new String[n];
        List<PoseSample> poses = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            CapturedFrame frame = burst.get(i);
            hashes[i] = sha256(frame.encodedImage());
            try {
                analyses[i] = analyse(analyzer, frame.encodedImage(), false);
            } catch (ImageRejectedException e) {
                rejected[i] = e.problem();
                reasons.add(DecisionReason.FRAME_REJECTED);
            }
            FrameAnalysis a = analyses[i];
            poses.add(new PoseSample(frame.capturedAtMillis(), a != null && a.faceCount() == 1 ? a.pose() : null));
        }
        if (new HashSet<>(Arrays.asList(hashes)).size() < n) {
            reasons.add(DecisionReason.DUPLICATE_FRAMES);
        }
        LivenessResult liveness = livenessChecker.check(challenge, poses, receivedAt);
        reasons.add(liveness.passed() ? DecisionReason.LIVENESS_PASSED : DecisionReason.LIVENESS_FAILED);
        boolean[] atRest = atRest(analyses);
        if (!sameSubjectThroughout(analyses, atRest)) {
            reasons.add(DecisionReason.IDENTITY_CHANGED_IN_BURST);
        }

        // Comparison, only for a live, consistent burst and a usable card photo.
        boolean compare = liveness.passed() && card != null && card.embedding() != null && card.faceCount() == 1
                && !reasons.contains(DecisionReason.IDENTITY_CHANGED_IN_BURST)
                && !reasons.contains(DecisionReason.DUPLICATE_FRAMES)
                && !reasons.contains(DecisionReason.FRAME_REJECTED);
        double[] similarities = new double[n];
        Arrays.fill(similarities, Double.NaN);
        List<Double> usableSimilarities = new ArrayList<>();
        int best = -1;
        for (int i = 0; i < n; i++) {
            FrameAnalysis a = analyses[i];
            if (compare && a != null && a.embedding() != null) {
                similarities[i] = a.embedding().cosine(card.embedding());
                if (atRest[i]) {
                    usableSimilarities.add(similarities[i]);
                    if (best < 0 || similarities[i] > similarities[best]) {
                        best = i;
                    }
                }
            }
        }
        boolean anyAtRest = false;
        for (boolean b : atRest) {
            anyAtRest |= b;
        }
        if (!anyAtRest) {
            reasons.add(DecisionReason.NO_USABLE_FRAME);
        }
        double similarity = median(usableSimilarities);
        MatchThresholds match = settings.match();
        if (!Double.isNaN(similarity)) {
            reasons.add(similarity >= match.pass() ? DecisionReason.FACE_MATCH
                    : similarity >= match.reviewFloor() ? DecisionReason.SIMILARITY_BORDERLINE
                    : DecisionReason.FACE_MISMATCH);
        }

        List<FrameReport> frames = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            FrameAnalysis a = analyses[i];
            frames.add(new FrameReport(i, hashes[i], burst.get(i).capturedAtMillis(), rejected[i],
                    a == null ? 0 : a.faceCount(), a == null ? null : a.pose(), a == null ? List.of() : a.issues(),
                    atRest[i], similarities[i]));
        }
        return new MachineDecision(verdict(reasons), List.copyOf(reasons), similarity, best, cardReport, frames,
                frameIssues(analyses), liveness, match, models, elapsedMillis());
    }

    /** A burst with more frames than allowed is refused before anything is decoded. */
    MachineDecision tooManyFrames(byte[] cardBytes, Challenge challenge, List<CapturedFrame> burst, Instant receivedAt) {
        LivenessResult liveness = new LivenessResult(false, List.of(LivenessProblem.TOO_MANY_FRAMES),
                Collections.nCopies(challenge.steps().size(), -1));
        return failure(cardBytes, burst, List.of(DecisionReason.LIVENESS_FAILED), liveness);
    }

    /** The engine failed: FAIL, with the hashes of what was received as evidence. */
    MachineDecision internalError(byte[] cardBytes, List<CapturedFrame> burst) {
        return failure(cardBytes, burst, List.of(DecisionReason.INTERNAL_ERROR), null);
    }

    private MachineDecision failure(byte[] cardBytes, List<CapturedFrame> burst, List<DecisionReason> reasons,
                                    LivenessResult liveness) {
        List<FrameReport> frames = new ArrayList<>(burst.size());
        for (int i = 0; i < burst.size(); i++) {
            CapturedFrame f = burst.get(i);
            frames.add(new FrameReport(i, sha256(f.encodedImage()), f.capturedAtMillis(), null, 0, null, List.of(),
                    false, Double.NaN));
        }
        return new MachineDecision(Verdict.FAIL, reasons, Double.NaN, -1,
                new CardReport(sha256(cardBytes), null, 0, List.of()), frames, List.of(), liveness, settings.match(),
                models, elapsedMillis());
    }

    private FrameAnalysis analyse(FaceAnalyzer analyzer, byte[] encoded, boolean isCard) throws ImageRejectedException {
        Mat image = gate.decode(encoded);
        try {
            return isCard ? analyzer.analyze(image, settings.cardQuality()) : analyzer.analyze(image);
        } finally {
            image.release();
        }
    }

    /**
     * The frames compared with the card photo: usable (every quality gate passed) and at rest, i.e. within
     * the liveness "back to frontal" band of the burst's first pose. A nodding head can still pass the
     * frontal gate; it is not a good likeness, nor a good anchor for the same-person check.
     */
    private boolean[] atRest(FrameAnalysis[] analyses) {
        boolean[] result = new boolean[analyses.length];
        HeadPose start = analyses.length > 0 && analyses[0] != null && analyses[0].faceCount() == 1
                ? analyses[0].pose() : null;
        LivenessThresholds band = settings.liveness();
        for (int i = 0; i < analyses.length; i++) {
            FrameAnalysis a = analyses[i];
            result[i] = a != null && a.usable() && (start == null
                    || Math.abs(a.pose().yaw() - start.yaw()) <= band.returnYaw()
                    && Math.abs(a.pose().pitch() - start.pitch()) <= band.returnPitch());
        }
        return result;
    }

    /**
     * Every single-face frame resembles every frame at rest (pairs with at least one frame at rest:
     * turned and nodding frames of one person resemble the frontal ones far more than each other).
     * Without a frame at rest, all pairs are checked.
     */
    private boolean sameSubjectThroughout(FrameAnalysis[] analyses, boolean[] atRest) {
        List<Integer> faces = new ArrayList<>();
        boolean anyAnchor = false;
        for (int i = 0; i < analyses.length; i++) {
            FrameAnalysis a = analyses[i];
            if (a != null && a.faceCount() == 1 && a.embedding() != null) {
                faces.add(i);
                anyAnchor |= atRest[i];
            }
        }
        for (int x = 0; x < faces.size(); x++) {
            for (int y = x + 1; y < faces.size(); y++) {
                int i = faces.get(x);
                int j = faces.get(y);
                boolean anchored = atRest[i] || atRest[j];
                if ((anchored || !anyAnchor)
                        && analyses[i].embedding().cosine(analyses[j].embedding()) < settings.match().sameSubjectFloor()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Verdict verdict(Set<DecisionReason> reasons) {
        Set<DecisionReason> failing = EnumSet.of(DecisionReason.INTERNAL_ERROR, DecisionReason.CARD_PHOTO_REJECTED,
                DecisionReason.FRAME_REJECTED, DecisionReason.DUPLICATE_FRAMES, DecisionReason.LIVENESS_FAILED,
                DecisionReason.IDENTITY_CHANGED_IN_BURST, DecisionReason.CARD_PHOTO_NO_FACE,
                DecisionReason.CARD_PHOTO_MULTIPLE_FACES, DecisionReason.NO_USABLE_FRAME, DecisionReason.FACE_MISMATCH);
        if (reasons.stream().anyMatch(failing::contains) || !reasons.contains(DecisionReason.FACE_MATCH)
                && !reasons.contains(DecisionReason.SIMILARITY_BORDERLINE)) {
            return Verdict.FAIL;
        }
        if (reasons.contains(DecisionReason.SIMILARITY_BORDERLINE) || reasons.contains(DecisionReason.CARD_PHOTO_POOR_QUALITY)) {
            return Verdict.NEEDS_REVIEW;
        }
        return Verdict.PASS;
    }

    /**
     * Issues of decoded frames that could not be compared, most frequent first. NOT_FRONTAL is left out
     * while some frame was usable: a liveness burst turns away from the camera on purpose.
     */
    private static List<QualityIssue> frameIssues(FrameAnalysis[] analyses) {
        boolean anyUsable = Arrays.stream(analyses).anyMatch(a -> a != null && a.usable());
        Map<QualityIssue, Integer> counts = new EnumMap<>(QualityIssue.class);
        for (FrameAnalysis a : analyses) {
            if (a != null && !a.usable()) {
                a.issues().stream().filter(issue -> !(anyUsable && issue == QualityIssue.NOT_FRONTAL))
                        .forEach(issue -> counts.merge(issue, 1, Integer::sum));
            }
        }
        List<QualityIssue> issues = new ArrayList<>(counts.keySet());
        issues.sort(Comparator.comparing((QualityIssue q) -> -counts.get(q)).thenComparing(Enum::ordinal));
        return issues;
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
    }

    private long elapsedMillis() {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    private static String sha256(byte[] bytes) {
        return bytes == null ? "" : ModelFile.sha256Hex(bytes);
    }
}
