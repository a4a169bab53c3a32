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
import cn.remotewindow.signaling.record.verification.VerificationEvent;
import cn.remotewindow.signaling.record.verification.VerificationRecord;
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

    /**
     * The verification as its record tells it; the ID number masked, images only by hash; the
     * holder's name and birth date opened (sealed at rest) for the expert and the auditor who may see them.
     */
    public static VerificationView of(VerificationRecord record, cn.remotewindow.signaling.record.EvidenceCipher cipher) {
        VerificationEvent.Opened opened = record.opened();
        VerificationView.Card card = record.evidence().map(e -> new VerificationView.Card(e.card().holderName(cipher),
                e.card().sex(), e.card().holderBirthDate(cipher), e.card().idNumberMasked(), e.card().validFrom(),
                e.card().validUntil(), e.cardPhoto().sha256())).orElse(null);
        VerificationView.Challenge challenge = record.challenge()
                .map(c -> new VerificationView.Challenge(c.steps(), c.issuedAt(), c.deadline())).orElse(null);
        VerificationView.Machine machine = record.decision().map(d -> {
            MachineJudgement j = d.judgement();
            return new VerificationView.Machine(j.verdict(), j.reasons(), j.similarity(), j.bestFrame(),
                    new VerificationView.Liveness(j.livenessPassed(), j.livenessProblems()), j.thresholds(), j.models(), j.elapsedMillis(), d.at());
        }).orElse(null);
        List<MachineJudgement.FrameNote> frames = record.decision().map(d -> d.judgement().frames())
                .orElseGet(() -> record.evidence().map(e -> e.frames().stream()
                        .map(f -> new MachineJudgement.FrameNote(f.index(), f.image().sha256(), f.capturedAt(), 0, null,
                                null, List.of(), null)).toList()).orElse(List.of()));
        VerificationView.Problem problem = record.problem()
                .map(p -> new VerificationView.Problem(p.problem(), p.detail(), p.at())).orElse(null);
        VerificationView.Review review = record.review().map(r -> new VerificationView.Review(r.expertId(),
                r.decision(), r.method(), r.reason(), r.at())).orElse(null);
        return new VerificationView(record.id(), opened.sessionId(), opened.caseNumber(), opened.kioskId(),
                opened.expertId(), record.phase(), opened.at(),
                record.consent().map(VerificationEvent.Consented::consent).orElse(null),
                record.consent().map(VerificationEvent.Consented::at).orElse(null),
                card, challenge, machine, frames, problem, review);
    }
}
