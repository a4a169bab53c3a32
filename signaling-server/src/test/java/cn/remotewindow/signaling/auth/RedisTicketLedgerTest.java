package cn.remotewindow.signaling.auth;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.signaling.cluster.redis.RedisLink;
import cn.remotewindow.signaling.testing.EmbeddedRedis;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RedisTicketLedgerTest extends TicketLedgerContract {

    static EmbeddedRedis redis;
    static RedisLink link;
    static RedisLink otherLink;

    private final String prefix = "test:" + UUID.randomUUID() + ":";

    @BeforeAll
    static void start() {
        redis = EmbeddedRedis.start();
        link = new RedisLink(redis.url(), Duration.ofSeconds(5));
        otherLink = new RedisLink(redis.url(), Duration.ofSeconds(5));
    }

    @AfterAll
    static void stop() {
        otherLink.close();
        link.close();
        redis.close();
    }

    @Override
    protected TicketLedger newLedger(Clock clock) {
        return new RedisTicketLedger(link, prefix, clock);
    }

    @Test
    void aTicketUsedOnOneNodeIsUsedOnEveryNode() {
        TicketLedger here = newLedger(clock);
        TicketLedger there = new RedisTicketLedger(otherLink, prefix, clock);
        Instant expiry = clock.instant().plusSeconds(60);
        assertThat(here.firstUse("t1", expiry)).isTrue();
        assertThat(there.firstUse("t1", expiry)).isFalse();
        assertThat(there.firstUse("t2", expiry)).isTrue();
        assertThat(here.firstUse("t2", expiry)).isFalse();
    }

    @Test
    void redisForgetsAnIdOnceItsTicketHasExpiredOnEveryClock() {
        TicketLedger ledger = newLedger(clock);
        ledger.firstUse("t1", clock.instant().plusSeconds(60));
        ledger.firstUse("t2", clock.instant().minusSeconds(1));
        long skew = RedisTicketLedger.CLOCK_SKEW.toMillis();
        assertThat(link.sync().pttl(prefix + RedisTicketLedger.USED + "t1")).isBetween(60_000 + skew - 5_000, 60_000 + skew);
        assertThat(link.sync().pttl(prefix + RedisTicketLedger.USED + "t2")).isBetween(skew - 5_000, skew);
    }
}
