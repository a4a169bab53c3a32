package cn.remotewindow.kiosk.agent;

import cn.remotewindow.protocol.message.Message;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BiPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Messages that must reach the server even if signaling is down when the citizen acts: a hang-up,
 * a cancel, a rating. Kept in order and sent when the link is back; given up after the rating
 * window, when the server would refuse them anyway. Agent thread only.
 */
final class Outbox {

    /** The server's rating window (docs/protocol.md 5.29): later, nothing here is accepted. */
    static final Duration KEEP_FOR = Duration.ofMinutes(15);
    private static final int MAX = 32;
    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private record Pending(String sessionId, Message message, Instant since) {
    }

    private final Deque<Pending> pending = new ArrayDeque<>();
    private final Clock clock;

    Outbox(Clock clock) {
        this.clock = clock;
    }

    /** Sends now if {@code sender} can, else keeps it; earlier kept messages go first. */
    void deliver(String sessionId, Message message, BiPredicate<String, Message> sender) {
        pending.addLast(new Pending(sessionId, message, clock.instant()));
        while (pending.size() > MAX) {
            Pending dropped = pending.removeFirst();
            log.warn("outbox full: dropping {} for session {}", dropped.message().getClass().getSimpleName(),
                    dropped.sessionId());
        }
        flush(sender);
    }

    /** Sends what it can, in order; stops at the first that cannot go. */
    void flush(BiPredicate<String, Message> sender) {
        Instant oldest = clock.instant().minus(KEEP_FOR);
        while (!pending.isEmpty()) {
            Pending next = pending.peekFirst();
            if (next.since().isBefore(oldest)) {
                pending.removeFirst();
                log.warn("gave up sending {} for session {}: signaling was down too long",
                        next.message().getClass().getSimpleName(), next.sessionId());
                continue;
            }
            if (!sender.test(next.sessionId(), next.message())) {
                return;
            }
            pending.removeFirst();
        }
    }

    int size() {
        return pending.size();
    }
}
