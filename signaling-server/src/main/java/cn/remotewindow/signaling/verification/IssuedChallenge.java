package cn.remotewindow.signaling.verification;

import cn.remotewindow.protocol.message.ChallengeStep;
import java.time.Instant;
import java.util.List;

/** A liveness challenge as issued to the kiosk: its nonce, the steps in order, and its time window. */
public record IssuedChallenge(String nonce, List<ChallengeStep> steps, Instant issuedAt, Instant deadline) {
    public IssuedChallenge {
        steps = List.copyOf(steps);
    }
}
