package cn.remotewindow.signaling.cluster.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cn.remotewindow.signaling.cluster.ClusterNode;
import cn.remotewindow.signaling.testing.EmbeddedRedis;
import cn.remotewindow.signaling.verification.InMemoryVerificationPlaces;
import cn.remotewindow.signaling.verification.VerificationPlaces;
import cn.remotewindow.signaling.verification.VerificationPlacesContract;
import io.lettuce.core.RedisException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contract through two nodes, each with its own connection to one real Redis; then what only
 * Redis does: the key's shape and lifetime, the holds written back after Redis lost its memory,
 * and holding while Redis cannot be reached.
 */
class RedisVerificationPlacesTest extends VerificationPlacesContract {

    static EmbeddedRedis redis;
    static RedisLink nodeA;
    static RedisLink nodeB;

    /** New for every test, so that tests share nothing but the server. */
    private String prefix;

    @BeforeAll
    static void start() {
        redis = EmbeddedRedis.start();
        nodeA = new RedisLink(redis.url(), Duration.ofSeconds(2));
        nodeB = new RedisLink(redis.url(), Duration.ofSeconds(2));
    }

    @AfterAll
    static void stop() {
        nodeA.close();
        nodeB.close();
        redis.close();
    }

    @Override
    protected List<VerificationPlaces> twoNodes(Clock clock) {
        prefix = "test-" + UUID.randomUUID() + ":";
        return List.of(places(nodeA, HOLDER, clock), places(nodeB, "node-b", clock));
    }

    private RedisVerificationPlaces places(RedisLink link, String node, Clock clock) {
        return new RedisVerificationPlaces(new InMemoryVerificationPlaces(node, clock), link, prefix,
                new ClusterNode(node), clock);
    }

    @Test
    void aHoldIsOneKeyNamingTheNodeThatRedisForgetsWhenTheHoldEnds() {
        places(nodeA, HOLDER, clock).heldHere("v-1", clock.instant().plusSeconds(90));

        String key = prefix + RedisVerificationPlaces.HOLDER + "v-1";
        assertThat(nodeA.sync().keys(prefix + "*")).containsExactly(key);
        assertThat(nodeA.sync().get(key)).isEqualTo(HOLDER);
        assertThat(nodeA.sync().pttl(key)).isBetween(85_000L, 90_000L);
    }

    @Test
    void aRedisThatLostItsMemoryGetsTheHoldsThatHaveNotEndedBack() {
        RedisVerificationPlaces holder = places(nodeA, HOLDER, clock);
        RedisVerificationPlaces other = places(nodeB, "node-b", clock);
        holder.heldHere("v-open", clock.instant().plusSeconds(60));
        holder.heldHere("v-ending", clock.instant().plusMillis(200));
        await().atMost(Duration.ofSeconds(5)).until(() -> other.holder("v-ending").isEmpty());

        nodeA.sync().flushall();
        assertThat(other.holder("v-open")).isEmpty();
        holder.writeBack();
        assertThat(other.holder("v-open")).contains(HOLDER);
        assertThat(nodeA.sync().keys(prefix + "*")).containsExactly(prefix + RedisVerificationPlaces.HOLDER + "v-open");
    }

    @Test
    void whileRedisCannotBeReachedANodeStillHoldsAndKnowsItsOwnButCannotTellOthers() {
        try (EmbeddedRedis own = EmbeddedRedis.start();
             RedisLink link = new RedisLink(own.url(), Duration.ofSeconds(1))) {
            RedisVerificationPlaces places = places(link, HOLDER, clock);
            own.stop();
            await().atMost(Duration.ofSeconds(10)).until(() -> fails(link));

            places.heldHere("v-1", clock.instant().plusSeconds(60));
            assertThat(places.holder("v-1")).contains(HOLDER);
            assertThatThrownBy(() -> places.holder("v-elsewhere")).isInstanceOf(RedisException.class);
        }
    }

    private static boolean fails(RedisLink link) {
        try {
            link.sync().ping();
            return false;
        } catch (RedisException e) {
            return true;
        }
    }
}
