package cn.remotewindow.signaling.verification;

import cn.remotewindow.identity.IdentitySettings;
import cn.remotewindow.identity.ModelFile;
import cn.remotewindow.identity.face.QualityIssue;
import cn.remotewindow.identity.image.ImageGate;
import cn.remotewindow.identity.image.ImageRejectedException;
import cn.remotewindow.identity.liveness.Challenge;
import cn.remotewindow.identity.liveness.Motion;
import cn.remotewindow.identity.verify.CapturedFrame;
import cn.remotewindow.identity.verify.DecisionReason;
import cn.remotewindow.identity.verify.FrameReport;
import cn.remotewindow.identity.verify.MachineDecision;
import cn.remotewindow.identity.verify.VerificationJudge;
import cn.remotewindow.protocol.message.Verdict;
import cn.remotewindow.signaling.config.WindowProperties;
import cn.remotewindow.signaling.record.verification.MachineJudgement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencv.core.Mat;

/**
 * The machine judge on the {@code identity} module (OpenCV: YuNet, MobileFaceNet, the liveness
 * checker). Models are loaded and their SHA-256 checked when the server starts.
 */
public final class OpenCvMachineJudge implements MachineJudge {

    private final VerificationJudge judge;
    private final ImageGate gate;

    private OpenCvMachineJudge(IdentitySettings settings) {
        this.judge = new VerificationJudge(settings);
        this.gate = new ImageGate(settings.images());
    }

    public static OpenCvMachineJudge load(WindowProperties.Identity properties) {
        IdentitySettings settings = IdentitySettings.defaults();
        ModelFile detector = configured(properties.detectorModel(), properties.detectorSha256(), settings.detector());
        ModelFile recognizer = configured(properties.recognizerModel(), properties.recognizerSha256(),
                settings.recognizer());
        return new OpenCvMachineJudge(settings.withModels(detector, recognizer));
    }

    private static ModelFile configured(String location, String sha256, ModelFile builtIn) {
        if (location == null || location.isBlank()) {
            return builtIn;
        }
        if (sha256 == null || sha256.isBlank()) {
            throw new IllegalStateException("a configured model needs its SHA-256 too: " + location);
        }
        return new ModelFile(location, sha256.trim().toLowerCase());
    }

    @Override
    public String checkImage(byte[] encoded) {
        try {
            Mat decoded = gate.decode(encoded);
            decoded.release();
            return gate.inspect(encoded).format().name().equals("PNG") ? "image/png" : "image/jpeg";
        } catch (ImageRejectedException e) {
            throw new ImageRefusedException(e.problem().name(), e.getMessage());
        }
    }

    @Override
    public MachineJudgement judge(JudgeRequest request) {
        IssuedChallenge issued = request.challenge();
        Challenge challenge = new Challenge(issued.nonce(),
                issued.steps().stream().map(step -> Motion.valueOf(step.name())).toList(), issued.issuedAt(),
                issued.deadline());
        List<CapturedFrame> burst = request.frames().stream()
                .map(frame -> new CapturedFrame(frame.image(), frame.capturedAt())).toList();
        return recorded(judge.decide(request.cardPhoto(), challenge, burst, request.receivedAt()));
    }

    static MachineJudgement recorded(MachineDecision decision) {
        List<MachineJudgement.Reason> reasons = decision.reasons().stream()
                .map(OpenCvMachineJudge::reason).toList();
        List<MachineJudgement.FrameNote> frames = decision.frames().stream().map(OpenCvMachineJudge::frame).toList();
        Map<String, Double> thresholds = new LinkedHashMap<>();
        thresholds.put("pass", decision.thresholds().pass());
        thresholds.put("reviewFloor", decision.thresholds().reviewFloor());
        thresholds.put("sameSubjectFloor", decision.thresholds().sameSubjectFloor());
        return new MachineJudgement(Verdict.valueOf(decision.verdict().name()), reasons,
                finite(decision.similarity()), decision.bestFrameIndex(), decision.liveness().passed(),
                decision.liveness().problems().stream().map(Enum::name).toList(), frames, thresholds,
                decision.models().stream().map(m -> new MachineJudgement.ModelNote(m.id(), m.sha256())).toList(),
                decision.frameIssues().stream().map(QualityIssue::name).toList(), decision.elapsedMillis());
    }

    private static MachineJudgement.Reason reason(DecisionReason reason) {
        return new MachineJudgement.Reason(reason.code(), reason.chinese(), reason.english());
    }

    private static MachineJudgement.FrameNote frame(FrameReport report) {
        List<String> issues = report.rejected() != null ? List.of(report.rejected().name())
                : report.issues().stream().map(QualityIssue::name).toList();
        return new MachineJudgement.FrameNote(report.index(), report.sha256(), report.capturedAtMillis(),
                report.faceCount(), report.pose() == null ? null : report.pose().yaw(),
                report.pose() == null ? null : report.pose().pitch(), issues, finite(report.similarity()));
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
