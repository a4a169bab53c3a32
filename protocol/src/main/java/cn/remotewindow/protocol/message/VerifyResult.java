package cn.remotewindow.protocol.message;

import java.util.List;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/**
 * What the kiosk shows the citizen: checking, passed or not passed; never a score.
 *
 * @param advice for NOT_PASSED: quality issue codes the citizen can act on next time
 *               (NO_FACE, FACE_TOO_SMALL, BLURRED, TOO_DARK, TOO_BRIGHT, NOT_FRONTAL, MULTIPLE_FACES)
 */
@WireType(value = "verify.result", sentBy = Role.SERVER, needsSession = true)
public record VerifyResult(String verificationId, CitizenResult result, List<String> advice) implements Message {
    public VerifyResult {
        advice = advice == null ? List.of() : List.copyOf(advice);
    }
}
