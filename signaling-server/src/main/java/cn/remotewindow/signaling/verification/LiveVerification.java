package cn.remotewindow.signaling.verification;

import cn.remotewindow.protocol.message.VerifyPhase;
import cn.remotewindow.signaling.record.verification.MachineJudgement;

/**
 * A verification while it is open: plain immutable data, replaced only on its session's owner
 * thread. {@code judging} is set from the accepted evidence until the machine decision is in.
 */
public record LiveVerification(String id, String sessionId, String kioskId, String expertId, VerifyPhase phase,
                               IssuedChallenge challenge, boolean judging, MachineJudgement judgement) {

    public static LiveVerification requested(String id, String sessionId, String kioskId, String expertId) {
        return new LiveVerification(id, sessionId, kioskId, expertId, VerifyPhase.REQUESTED, null, false, null);
    }

    public LiveVerification in(VerifyPhase next) {
        return new LiveVerification(id, sessionId, kioskId, expertId, next, challenge, judging, judgement);
    }

    public LiveVerification capturing(IssuedChallenge issued) {
        return new LiveVerification(id, sessionId, kioskId, expertId, VerifyPhase.CAPTURING, issued, false, null);
    }

    public LiveVerification startJudging() {
        return new LiveVerification(id, sessionId, kioskId, expertId, phase, challenge, true, null);
    }

    public LiveVerification decided(MachineJudgement decided) {
        return new LiveVerification(id, sessionId, kioskId, expertId, VerifyPhase.DECIDED, challenge, false, decided);
    }

    /** Waiting for the expert's decision: after the machine's, or for a manual check. */
    public boolean awaitsReview() {
        return phase == VerifyPhase.DECIDED || phase == VerifyPhase.CONSENT_REFUSED
                || phase == VerifyPhase.KIOSK_PROBLEM || phase == VerifyPhase.EXPIRED;
    }
}
