package cn.remotewindow.identity.liveness;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * Issues challenges: a random order of the motions (by default all three, so 6 possible orders), a
 * 128-bit nonce, and a deadline. Thread-safe ({@link SecureRandom} is).
 */
public final class ChallengeFactory {

    /** Time to make three motions at a kiosk, with a slow, elderly citizen in mind. */
    public static final Duration DEFAULT_VALIDITY = Duration.ofSeconds(20);

    private final SecureRandom random;
    private final Clock clock;
    private final Duration validity;
    private final int steps;

    /** Three steps (a permutation of all motions), valid for {@link #DEFAULT_VALIDITY}. */
    public ChallengeFactory() {
        this(new SecureRandom(), Clock.systemUTC(), DEFAULT_VALIDITY, Motion.values().length);
    }

    /**
     * @param steps how many motions, 1..3; each motion appears at most once
     */
    public ChallengeFactory(SecureRandom random, Clock clock, Duration validity, int steps) {
        this.random = Objects.requireNonNull(random, "random");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.validity = Objects.requireNonNull(validity, "validity");
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("validity must be positive");
        }
        if (steps < 1 || steps > Motion.values().length) {
            throw new IllegalArgumentException("steps must be 1.." + Motion.values().length);
        }
        this.steps = steps;
    }

    public Challenge issue() {
        List<Motion> motions = new ArrayList<>(List.of(Motion.values()));
        // Fisher–Yates with the secure random source.
        for (int i = motions.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Motion swap = motions.get(i);
            motions.set(i, motions.get(j));
            motions.set(j, swap);
        }
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        Instant now = clock.instant();
        return new Challenge(Base64.getUrlEncoder().withoutPadding().encodeToString(nonce),
                motions.subList(0, steps), now, now.plus(validity));
    }
}
