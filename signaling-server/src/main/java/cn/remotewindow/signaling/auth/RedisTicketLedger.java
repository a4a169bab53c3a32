package cn.remotewindow.signaling.auth;

import cn.remotewindow.signaling.cluster.redis.RedisLink;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Ticket ids used anywhere in the cluster, one Redis key per id: SET NX makes exactly one first use
 * win, whichever node it reaches, and the key expires with the ticket, so Redis forgets ids that
 * no longer matter (an expired ticket is refused anyway).
 *
 * <p>The key lives for the ticket's remaining life by this node's clock (PX), the clock that has
 * just judged the ticket unexpired, plus {@link #CLOCK_SKEW}: another node whose clock is behind
 * still finds the id used. (EXAT would hand the judgement to Redis's clock instead.)
 *
 * <p>While Redis is unreachable Lettuce's RedisException propagates and the ticket is refused,
 * never accepted unchecked. A Redis restarted empty has forgotten the ids used before; a ticket
 * lives for seconds, so only tickets issued just before the restart could be used once more.
 */
public final class RedisTicketLedger implements TicketLedger {

    /** STRING per used ticket id, {@code ticket:used:<ticketId>}: "1", expiring after the ticket. */
    public static final String USED = "ticket:used:";

    /** How far apart the nodes' clocks may be without opening a replay window. */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    private final RedisCommands<String, String> redis;
    private final String prefix;
    private final Clock clock;

    /** On the system clock, the one production judges tickets by. */
    public RedisTicketLedger(RedisLink link, String prefix) {
        this(link, prefix, Clock.systemUTC());
    }

    /** @param prefix in front of every key, e.g. "window:" */
    public RedisTicketLedger(RedisLink link, String prefix, Clock clock) {
        this.redis = link.sync();
        this.prefix = prefix;
        this.clock = clock;
    }

    @Override
    public boolean firstUse(String ticketId, Instant expiresAt) {
        long remaining = Math.max(0, expiresAt.toEpochMilli() - clock.millis());
        SetArgs once = SetArgs.Builder.nx().px(remaining + CLOCK_SKEW.toMillis());
        return "OK".equals(redis.set(prefix + USED + ticketId, "1", once));
    }
}
