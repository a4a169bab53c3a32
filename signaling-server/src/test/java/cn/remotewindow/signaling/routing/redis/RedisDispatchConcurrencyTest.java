package cn.remotewindow.signaling.routing.redis;

import cn.remotewindow.signaling.cluster.redis.RedisLink;
import cn.remotewindow.signaling.routing.DispatchHammer;
import cn.remotewindow.signaling.testing.EmbeddedRedis;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Three nodes, each with its own connection and RedisDispatch on one Redis, hammered at once
 * (producers and experts spread over the nodes, see {@link DispatchHammer}): every request served
 * or cancelled exactly once, never held by two experts. Fewer requests than the in-memory run, so
 * that it stays well under 30 s on two shared cores with redis-server on them too.
 */
class RedisDispatchConcurrencyTest {

    private static final int NODES = 3;

    static EmbeddedRedis redis;
    static final List<RedisLink> links = new ArrayList<>();

    @BeforeAll
    static void start() {
        redis = EmbeddedRedis.start();
        for (int i = 0; i < NODES; i++) {
            links.add(new RedisLink(redis.url(), Duration.ofSeconds(5)));
        }
    }

    @AfterAll
    static void stop() {
        links.forEach(RedisLink::close);
        redis.close();
    }

    @Test
    void noRequestIsLostDuplicatedOrGivenToTwoExpertsAcrossNodes() throws Exception {
        String prefix = "test:" + UUID.randomUUID() + ":";
        List<RedisDispatch> nodes = links.stream().map(link -> new RedisDispatch(link, prefix)).toList();
        new DispatchHammer(nodes, new DispatchHammer.Load(3_000, 3, 3, 24, Duration.ofNanos(50_000))).run();
    }
}
