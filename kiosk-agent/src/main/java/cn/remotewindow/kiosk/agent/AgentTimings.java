package cn.remotewindow.kiosk.agent;

import java.time.Duration;

/**
 * How long the kiosk waits for people and for the network before it moves on by itself.
 *
 * @param noExpertWait queued while no expert with the skill is signed on: give up after this and
 *     tell the citizen (the server has no queue timeout of its own)
 * @param ratingIdle the rating screen untouched this long: the citizen has left, skip it
 * @param goodbye how long the goodbye screen stays before the start screen returns
 * @param signalingPatience signaling down this long while waiting (not in a call): tell the citizen
 */
public record AgentTimings(Duration noExpertWait, Duration ratingIdle, Duration goodbye, Duration signalingPatience) {

    public static final AgentTimings DEFAULTS = new AgentTimings(Duration.ofMinutes(3), Duration.ofSeconds(90),
            Duration.ofSeconds(8), Duration.ofSeconds(45));
}
