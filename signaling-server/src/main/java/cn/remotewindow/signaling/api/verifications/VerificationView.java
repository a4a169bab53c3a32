package cn.remotewindow.signaling.api.verifications;

import cn.remotewindow.protocol.identity.Sex;
import cn.remotewindow.protocol.message.ChallengeStep;
import cn.remotewindow.protocol.message.Consent;
import cn.remotewindow.protocol.message.KioskVerifyProblem;
import cn.remotewindow.protocol.message.ReviewDecision;
import cn.remotewindow.protocol.message.Verdict;
import cn.remotewindow.protocol.message.VerifyMethod;
import cn.remotewindow.protocol.message.VerifyPhase;
import cn.remotewindow.signaling.record.verification.MachineJudgement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One verification as the expert's console shows it (docs/http-api.md): the ID number masked, no image bytes. */
public record VerificationView(String verificationId, String sessionId, String caseNumber, String kioskId,
                               String expertId, VerifyPhase phase, Instant startedAt, Consent consent,
                               Instant consentAt, Card card, Challenge challenge, Machine machine,
                               List<MachineJudgement.FrameNote> frames, Problem problem, Review review) {

    public record Card(String name, Sex sex, LocalDate birthDate, String idNumberMasked, LocalDate validFrom,
                       LocalDate validUntil, String photoSha256) {
    }

    public record Challenge(List<ChallengeStep> steps, Instant issuedAt, Instant deadline) {
    }

    public record Machine(Verdict verdict, List<MachineJudgement.Reason> reasons, Double similarity, int bestFrame,
                          Liveness liveness,
                          java.util.Map<String, Double> thresholds, List<MachineJudgement.ModelNote> models,
                          long elapsedMillis, Instant decidedAt) {
    }

    public record Liveness(boolean passed, List<String> problems) {
    }

    public record Problem(KioskVerifyProblem problem, String detail, Instant at) {
    }

    public record Review(String expertId, ReviewDecision decision, VerifyMethod method, String reason, Instant at) {
    }
}
