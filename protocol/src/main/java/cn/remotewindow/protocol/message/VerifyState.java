package cn.remotewindow.protocol.message;

import java.util.List;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/**
 * Tells the expert where a verification stands. The evidence itself (card photo, frames, scores,
 * per-frame details) is read over HTTP: GET /api/verifications/{verificationId}.
 *
 * @param verdict        from DECIDED on: the machine decision
 * @param reasons        from DECIDED on: reason codes of the machine decision (docs/protocol.md 5.47)
 * @param similarity     from DECIDED on: cosine similarity of the best live frame and the card photo, -1..1
 * @param problem        KIOSK_PROBLEM only
 * @param decision       CLOSED only: the expert's decision
 * @param method         CLOSED only
 */
@WireType(value = "verify.state", sentBy = Role.SERVER, needsSession = true)
public record VerifyState(String verificationId, VerifyPhase phase, Verdict verdict, List<String> reasons,
                          Double similarity, KioskVerifyProblem problem, ReviewDecision decision,
                          VerifyMethod method) implements Message {

    public static VerifyState of(String verificationId, VerifyPhase phase) {
        return new VerifyState(verificationId, phase, null, null, null, null, null, null);
    }
}
