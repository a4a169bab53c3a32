package cn.remotewindow.signaling.verification;

import cn.remotewindow.protocol.message.ChallengeStep;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

/**
 * Issues challenges no recording can anticipate: every motion once, in a random order, under a
 * fresh 128-bit nonce, valid for a short window.
 */
public final class ChallengeIssuer {

    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Duration timeout;

    public ChallengeIssuer(Clock clock, Duration timeout) {
        this.clock = clock;
        this.timeout = timeout;
    }

    public IssuedChallenge issue() {
        List<ChallengeStep> steps = new ArrayList<>(Arrays.asList(ChallengeStep.values()));
        Collections.shuffle(steps, random);
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        Instant now = clock.instant();
        return new IssuedChallenge(Base64.getUrlEncoder().withoutPadding().encodeToString(nonce), steps, now,
                now.plus(timeout));
    }
}
