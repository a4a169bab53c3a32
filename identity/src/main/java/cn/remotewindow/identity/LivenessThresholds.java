package cn.remotewindow.identity;

import java.time.Duration;

/**
 * How the head-motion challenge is judged. Yaw and pitch are {@code HeadPose}'s normalised units, taken
 * relative to the citizen's own pose at the start of the burst.
 *
 * @param turnYaw      |yaw change| that counts as a turn to the left or right
 * @param nodPitch     pitch change (downward) that counts as the down half of a nod
 * @param returnYaw    |yaw change| within which the head counts as back to frontal
 * @param returnPitch  |pitch change| within which the head counts as back to frontal
 * @param minFrames    fewest frames a burst must have
 * @param maxFrames    most frames a burst may have (more are refused before any is decoded)
 * @param maxBurstSpan longest time from the first to the last frame of a burst
 * @param arrivalGrace how long after the challenge's deadline a burst may still arrive (network transit)
 */
public record LivenessThresholds(double turnYaw, double nodPitch, double returnYaw, double returnPitch,
                                 int minFrames, int maxFrames, Duration maxBurstSpan, Duration arrivalGrace) {

    public LivenessThresholds {
        if (!(returnYaw < turnYaw) || !(returnPitch < nodPitch) || returnYaw <= 0 || returnPitch <= 0 || minFrames < 1 || maxFrames < minFrames
                || maxBurstSpan.isNegative() || maxBurstSpan.isZero() || arrivalGrace.isNegative()) {
            throw new IllegalArgumentException("inconsistent liveness thresholds: " + this);
        }
    }
}
