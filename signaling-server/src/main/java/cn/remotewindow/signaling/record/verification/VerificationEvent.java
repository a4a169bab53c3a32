package cn.remotewindow.signaling.record.verification;

import cn.remotewindow.protocol.message.ChallengeStep;
import cn.remotewindow.protocol.message.Consent;
import cn.remotewindow.protocol.message.KioskVerifyProblem;
import cn.remotewindow.protocol.message.ReviewDecision;
import cn.remotewindow.protocol.message.Verdict;
import cn.remotewindow.protocol.message.VerifyMethod;
import cn.remotewindow.protocol.message.VerifyPhase;
import java.time.Instant;
import java.util.List;

/**
 * One step of an identity verification, as it is recorded: the record of a verification is the
 * sequence of its events, in order. Personal data in events is sealed (see {@code Sealed}).
 */
public sealed interface VerificationEvent {

    String verificationId();

    Instant at();

    /** The lead expert started it. */
    record Opened(String verificationId, Instant at, String sessionId, String caseNumber, String itemCode,
                  String kioskId, String expertId, String expertName) implements VerificationEvent {
    }

    /** The citizen's answer to the separate consent question. */
    record Consented(String verificationId, Instant at, Consent consent) implements VerificationEvent {
    }

    /** The liveness challenge issued after consent. */
    record Challenged(String verificationId, Instant at, String nonce, List<ChallengeStep> steps, Instant issuedAt,
                      Instant deadline) implements VerificationEvent {
        public Challenged {
            steps = List.copyOf(steps);
        }
    }

    /** The kiosk's evidence, accepted for judging: the card data and every image, sealed, with their hashes. */
    record EvidenceReceived(String verificationId, Instant at, CardOnRecord card, StoredImage cardPhoto,
                            List<StoredFrame> frames) implements VerificationEvent {
        public EvidenceReceived {
            frames = List.copyOf(frames);
        }
    }

    /** The machine decision on the evidence. */
    record Decided(String verificationId, Instant at, MachineJudgement judgement) implements VerificationEvent {
    }

    /** The kiosk could not complete its part. */
    record KioskProblemReported(String verificationId, Instant at, KioskVerifyProblem problem, String detail)
            implements VerificationEvent {
    }

    /** The expert's decision: the one that counts. {@code machineVerdict} is null when there was none. */
    record Reviewed(String verificationId, Instant at, String expertId, ReviewDecision decision, VerifyMethod method,
                    String reason, Verdict machineVerdict) implements VerificationEvent {
    }

    /** Ended without a review: CANCELLED (a newer verification, the session's end) or EXPIRED. */
    record Closed(String verificationId, Instant at, VerifyPhase phase, String why) implements VerificationEvent {
    }

    /** Somebody looked at the verification or one of its images (what: DETAILS, CARD_PHOTO, FRAME n). */
    record Viewed(String verificationId, Instant at, String viewerId, String what) implements VerificationEvent {
    }
}
