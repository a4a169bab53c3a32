package cn.remotewindow.identity.verify;

import cn.remotewindow.identity.IdentitySettings;
import cn.remotewindow.identity.ModelInfo;
import cn.remotewindow.identity.face.FaceAnalyzer;
import cn.remotewindow.identity.image.ImageGate;
import cn.remotewindow.identity.liveness.Challenge;
import cn.remotewindow.identity.liveness.LivenessChecker;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The machine decision of a remote identity verification (人证比对): ID card photo + one challenge +
 * the burst of camera frames that answered it → {@link MachineDecision}.
 *
 * <p>Thread-safe; meant to be called from a worker thread (a decision takes a few hundred milliseconds of
 * CPU). Up to {@link IdentitySettings#analyzers()} decisions run at once; further callers wait for a free
 * analyser. Never throws for bad input or engine failure: those become a FAIL decision with a reason, so
 * no exception can be mistaken for success. Construction loads and hash-checks the models and throws
 * {@code ModelIntegrityException} if they are not the expected files.
 *
 * <p>Order of work (GB/T 38671-2020: liveness before comparison): every image through the
 * {@link ImageGate}; faces, quality and pose in every frame; liveness on the poses; the burst must show
 * one person throughout (lowest pairwise similarity of its face frames at or above
 * {@code sameSubjectFloor}) and contain no identical frames; only then is the card photo compared with the
 * usable frames. The verdict rule is in identity/README.md ("Verdict").
 */
public final class VerificationJudge {

    private static final System.Logger LOG = System.getLogger(VerificationJudge.class.getName());

    private final IdentitySettings settings;
    private final ImageGate gate;
    private final LivenessChecker liveness;
    private final AnalyzerPool analyzers;
    private final List<ModelInfo> models;

    public VerificationJudge(IdentitySettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.gate = new ImageGate(settings.images());
        this.liveness = new LivenessChecker(settings);
        this.analyzers = new AnalyzerPool(settings);
        this.models = List.of(ModelInfo.of(settings.detector()), ModelInfo.of(settings.recognizer()));
    }

    /**
     * Decides one verification.
     *
     * @param idCardPhoto the photo read from the ID card's chip, JPEG or PNG (converted by the caller)
     * @param challenge   the challenge the burst answers
     * @param burst       the frames, in capture order
     * @param receivedAt  when the server received the burst (its own clock)
     */
    public MachineDecision decide(byte[] idCardPhoto, Challenge challenge, List<CapturedFrame> burst, Instant receivedAt) {
        long started = System.nanoTime();
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(burst, "burst");
        Objects.requireNonNull(receivedAt, "receivedAt");
        DecisionRun run = new DecisionRun(settings, gate, liveness, models, started);
        if (burst.size() > settings.liveness().maxFrames()) {
            return run.tooManyFrames(idCardPhoto, challenge, burst, receivedAt);
        }
        FaceAnalyzer analyzer;
        try {
            analyzer = analyzers.borrow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return run.internalError(idCardPhoto, burst);
        }
        try {
            return run.decide(analyzer, idCardPhoto, challenge, burst, receivedAt);
        } catch (RuntimeException e) {
            // An OpenCV failure must never look like success, nor leave the caller without an answer.
            LOG.log(System.Logger.Level.WARNING, "verification engine failed; decision FAIL INTERNAL_ERROR", e);
            return run.internalError(idCardPhoto, burst);
        } finally {
            analyzers.giveBack(analyzer);
        }
    }

    public IdentitySettings settings() {
        return settings;
    }

    /** The models every decision names in its evidence. */
    public List<ModelInfo> models() {
        return models;
    }
}
