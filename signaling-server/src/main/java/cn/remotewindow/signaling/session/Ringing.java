package cn.remotewindow.signaling.session;

import java.time.Instant;

/** The ring in progress: which expert, which attempt (to recognise stale timers), until when. */
public record Ringing(String expertId, int attempt, Instant deadline) {
}
