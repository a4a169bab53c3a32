package cn.remotewindow.signaling.routing;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Estimates a queued request's wait from recent handle times of its skill: with N experts
 * signed on and a mean handle time H, a place frees up every H/N on average, so position p
 * waits about p·H/N. The estimate is rounded up to steps a citizen can read (15 s under a
 * minute, whole minutes under ten, then five minutes), which also keeps every finished call
 * from nudging the estimate and sending every waiting kiosk an update.
 */
public final class WaitEstimator {

    private final Duration assumed;
    private final int samples;
    private final ConcurrentMap<String, Deque<Long>> recentMillis = new ConcurrentHashMap<>();

    public WaitEstimator(Duration assumed, int samples) {
        this.assumed = assumed;
        this.samples = samples;
    }

    public void recordHandleTime(String skill, Duration handled) {
        Deque<Long> recent = recentMillis.computeIfAbsent(skill, k -> new ArrayDeque<>(samples));
        synchronized (recent) {
            if (recent.size() == samples) {
                recent.removeFirst();
            }
            recent.addLast(handled.toMillis());
        }
    }

    /** Mean of the recent handle times of the skill, or the assumed time before any were measured. */
    public Duration meanHandleTime(String skill) {
        Deque<Long> recent = recentMillis.get(skill);
        if (recent == null) {
            return assumed;
        }
        synchronized (recent) {
            if (recent.isEmpty()) {
                return assumed;
            }
            long sum = 0;
            for (long millis : recent) {
                sum += millis;
            }
            return Duration.ofMillis(sum / recent.size());
        }
    }

    /** @return seconds, or null when no expert with the skill is signed on (nobody can say) */
    public Integer estimateSeconds(String skill, int position, int expertsOnline) {
        if (expertsOnline <= 0) {
            return null;
        }
        long millis = meanHandleTime(skill).toMillis() * position / expertsOnline;
        long seconds = Math.max(1, (millis + 999) / 1000);
        return (int) Math.min(Integer.MAX_VALUE, roundUp(seconds, seconds <= 60 ? 15 : seconds <= 600 ? 60 : 300));
    }

    private static long roundUp(long value, long step) {
        return (value + step - 1) / step * step;
    }
}
