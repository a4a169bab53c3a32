package cn.remotewindow.signaling.cluster.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cn.remotewindow.protocol.EnvelopeCodec;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.EndReason;
import cn.remotewindow.protocol.message.Satisfaction;
import cn.remotewindow.signaling.cluster.ClusterJson;
import cn.remotewindow.signaling.party.PartyId;
import cn.remotewindow.signaling.session.EndedSession;
import cn.remotewindow.signaling.session.EndedSessions;
import cn.remotewindow.signaling.session.EndedSessionsContract;
import cn.remotewindow.signaling.testing.EmbeddedRedis;
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
 * Redis does: the key shapes, forgetting by expiry in real time, and failing loudly.
 */
class RedisEndedSessionsTest extends EndedSessionsContract {

    private static final ClusterJson JSON = new ClusterJson(new EnvelopeCodec());

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
    protected List<EndedSessions> twoNodes(Duration window, Clock clock) {
        prefix = "test-" + UUID.randomUUID() + ":";
        return List.of(new RedisEndedSessions(nodeA, JSON, prefix, window, clock),
                new RedisEndedSessions(nodeB, JSON, prefix, window, clock));
    }

    @Test
    void anEndingAndItsUntoldIndexesAreKeysThatRedisForgetsWhenTheWindowCloses() {
        Duration window = Duration.ofSeconds(2);
        EndedSessions store = new RedisEndedSessions(nodeA, JSON, prefix, window, Clock.systemUTC());
        store.add(atNow("s1", false, false));

        assertThat(nodeA.sync().keys(prefix + "*")).containsExactlyInAnyOrder(prefix + "ended:session:s1",
                prefix + "ended:untold:kiosk:k1", prefix + "ended:untold:expert:e1");
        assertThat(JSON.read(nodeA.sync().get(prefix + "ended:session:s1"), EndedSession.class).sessionId())
                .isEqualTo("s1");
        assertThat(nodeA.sync().smembers(prefix + "ended:untold:kiosk:k1")).containsExactly("s1");
        for (String key : nodeA.sync().keys(prefix + "*")) {
            assertThat(nodeA.sync().pttl(key)).as(key).isBetween(1L, window.toMillis());
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> nodeA.sync().keys(prefix + "*").isEmpty());
    }

    @Test
    void anIndexOutlivesItsEarlierEndingsAndLosesThemWhenTheyExpire() {
        EndedSessions store = new RedisEndedSessions(nodeA, JSON, prefix, Duration.ofSeconds(30), Clock.systemUTC());
        EndedSession early = atNow("s1", false, true);
        store.add(new EndedSession("s1", early.request(), "e1", true, Role.KIOSK, EndReason.HANGUP,
                early.endedAt().minus(Duration.ofMillis(29_700)), false, true, null));
        store.add(atNow("s2", false, true));
        assertThat(nodeA.sync().pttl(prefix + "ended:untold:kiosk:k1")).as("as long as s2").isGreaterThan(25_000L);

        await().atMost(Duration.ofSeconds(5)).until(() -> nodeA.sync().get(prefix + "ended:session:s1") == null);
        assertThat(nodeA.sync().smembers(prefix + "ended:untold:kiosk:k1")).contains("s1");

        assertThat(store.takeUntold(new PartyId(Role.KIOSK, "k1"))).extracting(EndedSession::sessionId)
                .containsExactly("s2");
        assertThat(nodeA.sync().exists(prefix + "ended:untold:kiosk:k1")).as("nothing stale left").isZero();
    }

    @Test
    void aRedisThatCannotBeReachedThrowsInsteadOfAnswering() {
        try (EmbeddedRedis own = EmbeddedRedis.start();
             RedisLink link = new RedisLink(own.url(), Duration.ofSeconds(1))) {
            EndedSessions store = new RedisEndedSessions(link, JSON, prefix, WINDOW, Clock.systemUTC());
            store.add(atNow("s1", false, false));

            own.stop();
            await().atMost(Duration.ofSeconds(10)).until(() -> fails(link));
            PartyId kiosk = new PartyId(Role.KIOSK, "k1");
            assertThatThrownBy(() -> store.find("s1")).isInstanceOf(RedisException.class);
            assertThatThrownBy(() -> store.takeUntold(kiosk)).isInstanceOf(RedisException.class);
            assertThatThrownBy(() -> store.rate("s1", "k1", Satisfaction.SATISFIED)).isInstanceOf(RedisException.class);
            assertThatThrownBy(() -> store.add(atNow("s2", false, false))).isInstanceOf(RedisException.class);

            own.startAgain();
            await().atMost(Duration.ofSeconds(30)).until(() -> !fails(link));
            assertThat(store.find("s1")).as("a restarted Redis has forgotten it").isEmpty();
            store.add(atNow("s3", false, false));
            assertThat(store.rate("s3", "k1", Satisfaction.SATISFIED)).as("its scripts are sent again").isPresent();
            assertThat(store.takeUntold(kiosk)).extracting(EndedSession::sessionId).containsExactly("s3");
        }
    }

    private EndedSession atNow(String sessionId, boolean kioskTold, boolean expertTold) {
        EndedSession ended = ended(sessionId, "k1", "e1", kioskTold, expertTold);
        return new EndedSession(sessionId, ended.request(), "e1", true, Role.KIOSK, EndReason.HANGUP,
                Clock.systemUTC().instant(), kioskTold, expertTold, null);
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
