package cn.remotewindow.signaling.cluster.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cn.remotewindow.signaling.testing.EmbeddedRedis;
import io.lettuce.core.RedisException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RedisLinkTest {

    static EmbeddedRedis redis;

    @BeforeAll
    static void start() {
        redis = EmbeddedRedis.start();
    }

    @AfterAll
    static void stop() {
        redis.close();
    }

    @Test
    void commandsFailAtOnceWhileRedisIsDownAndWorkAgainAfterItRestarts() {
        try (RedisLink link = new RedisLink(redis.url(), Duration.ofSeconds(1))) {
            AtomicInteger reconnects = new AtomicInteger();
            link.onReconnect(reconnects::incrementAndGet);
            link.sync().set("k", "v");
            assertThat(link.sync().get("k")).isEqualTo("v");

            redis.stop();
            await().atMost(Duration.ofSeconds(10)).until(() -> !link.subscriptions().isOpen() || failsNow(link));
            assertThatThrownBy(() -> link.sync().get("k")).isInstanceOf(RedisException.class);

            redis.startAgain();
            await().atMost(Duration.ofSeconds(30)).until(() -> reconnects.get() > 0 && !failsNow(link));
            assertThat(link.sync().get("k")).as("a restarted Redis has forgotten everything").isNull();
        }
    }

    private static boolean failsNow(RedisLink link) {
        try {
            link.sync().ping();
            return false;
        } catch (RedisException e) {
            return true;
        }
    }
}
