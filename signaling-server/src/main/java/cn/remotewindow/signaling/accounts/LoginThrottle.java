package cn.remotewindow.signaling.accounts;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Brute-force brake per sign-in name (expert username or kiosk id): at most {@code maxAttempts}
 * failed sign-ins per window, counted from the first one; then refused until the window passes.
 * An attempt is taken before the password is checked, so parallel guesses cannot slip through,
 * and a successful sign-in gives the name a fresh window.
 */
public final class LoginThrottle {

    /** Whether a sign-in may go ahead, and if not, how long until it may. */
    public record Attempt(boolean allowed, Duration retryAfter) {
    }

    private final int maxAttempts;
    private final Duration window;
    private final Clock clock;
    private final TimeMeter time;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicReference<Instant> lastSweep;

    public LoginThrottle(int maxAttempts, Duration window, Clock clock) {
        this.maxAttempts = maxAttempts;
        this.window = window;
        this.clock = clock;
        this.time = new ClockTimeMeter(clock);
        this.lastSweep = new AtomicReference<>(clock.instant());
    }

    /** Takes one attempt for the name; refused once the name has used up its window. */
    public Attempt attempt(String name) {
        sweepNowAndThen();
        ConsumptionProbe probe = buckets.computeIfAbsent(name, key -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return new Attempt(true, Duration.ZERO);
        }
        // Round up so that a client waiting Retry-After seconds is never refused again.
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        return new Attempt(false, Duration.ofSeconds(seconds));
    }

    /** The name signed in: its earlier failures no longer count. */
    public void succeeded(String name) {
        buckets.remove(name);
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(maxAttempts).refillIntervally(maxAttempts, window))
                .withCustomTimePrecision(time)
                .build();
    }

    /** Forgets names whose window has passed, at most once per window, so guessed names do not pile up. */
    private void sweepNowAndThen() {
        Instant last = lastSweep.get();
        Instant now = clock.instant();
        if (now.isBefore(last.plus(window)) || !lastSweep.compareAndSet(last, now)) {
            return;
        }
        buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= maxAttempts);
    }

    int trackedNames() {
        return buckets.size();
    }

    /** Lets tests move bucket4j's time with the application clock. */
    private record ClockTimeMeter(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
