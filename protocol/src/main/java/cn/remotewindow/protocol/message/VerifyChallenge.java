package cn.remotewindow.protocol.message;

import java.util.List;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/**
 * After consent: the liveness challenge. The kiosk reads the ID card, prompts the steps in this
 * order, captures {@code frames} timestamped frames and uploads them with the card to
 * {@code uploadPath} before {@code deadline}, naming {@code nonce}. A burst for another challenge,
 * in another order or late fails.
 *
 * @param issuedAt epoch milliseconds; frames captured before it do not count
 * @param deadline epoch milliseconds; the upload must arrive before it
 */
@WireType(value = "verify.challenge", sentBy = Role.SERVER, needsSession = true)
public record VerifyChallenge(String verificationId, String nonce, List<ChallengeStep> steps, long issuedAt,
                              long deadline, int frames, String uploadPath) implements Message {
    public VerifyChallenge {
        steps = List.copyOf(steps);
    }
}
