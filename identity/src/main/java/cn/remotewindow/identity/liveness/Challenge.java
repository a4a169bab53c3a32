package cn.remotewindow.identity.liveness;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One head-motion challenge: the motions, in order, that the citizen must make between
 * {@code issuedAt} and {@code deadline}. The nonce names it in the evidence; a burst answers exactly one
 * challenge and is never accepted for another (GB/T 38671-2020: authentication data cannot be replayed).
 *
 * @param nonce    128-bit random, base64url without padding
 * @param steps    the motions in the order they must be made
 * @param issuedAt when the challenge was issued (no frame may be older)
 * @param deadline when the last frame must have been captured
 */
public record Challenge(String nonce, List<Motion> steps, Instant issuedAt, Instant deadline) {

    public Challenge {
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(deadline, "deadline");
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a challenge needs at least one step");
        }
        if (!deadline.isAfter(issuedAt)) {
            throw new IllegalArgumentException("deadline must be after issuedAt");
        }
    }
}
