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

    @Test
    void subscriptionsAreTakenUpAgainAfterRedisRestarts() {
        try (RedisLink link = new RedisLink(redis.url(), Duration.ofSeconds(1))) {
            java.util.List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
            link.subscriptions().addListener(new io.lettuce.core.pubsub.RedisPubSubAdapter<>() {
                @Override
                public void message(String channel, String message) {
                    heard.add(message);
                }
            });
            link.subscriptions().sync().subscribe("relay:test");
            link.sync().publish("relay:test", "before");
            await().atMost(Duration.ofSeconds(5)).until(() -> heard.contains("before"));

            redis.stop();
            redis.startAgain();
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                    .until(() -> link.sync().publish("relay:test", "after") == 1);
            await().atMost(Duration.ofSeconds(5)).until(() -> heard.contains("after"));
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
