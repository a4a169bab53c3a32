package cn.remotewindow.signaling.routing.redis;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.protocol.message.ExpertState;
import cn.remotewindow.protocol.message.Priority;
import cn.remotewindow.signaling.cluster.redis.RedisLink;
import cn.remotewindow.signaling.routing.Dispatch;
import cn.remotewindow.signaling.routing.DispatchContract;
import cn.remotewindow.signaling.routing.Placement;
import cn.remotewindow.signaling.routing.WaitingRequest;
import cn.remotewindow.signaling.testing.EmbeddedRedis;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dispatch contract on Redis, plus what only a shared dispatch has: several nodes, one state. */
class RedisDispatchTest extends DispatchContract {

    static EmbeddedRedis redis;
    static RedisLink link;
    static RedisLink otherLink;

    private String prefix;

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
    protected Dispatch newDispatch() {
        prefix = "test:" + UUID.randomUUID() + ":";
        return new RedisDispatch(link, prefix);
    }

    /** The same dispatch as seen from another node: its own connection, the same prefix. */
    private RedisDispatch otherNode() {
        return new RedisDispatch(otherLink, prefix);
    }

    @Test
    void anotherNodeSeesAndChangesTheSameState() {
        RedisDispatch other = otherNode();
        dispatch.signOn("e1", Set.of("A"));
        assertThat(other.setWanted("e1", ExpertState.AVAILABLE)).isEmpty();
        WaitingRequest request = new WaitingRequest("s1", "A", Priority.NORMAL, other.nextSequence(), Set.of());
        assertThat(dispatch.place(request)).isEqualTo(new Placement.Offered("e1"));
        assertThat(other.confirm("e1", "s1")).isTrue();
        assertThat(other.expert("e1")).get().satisfies(s -> assertThat(s.ringing()).isFalse());
        assertThat(dispatch.nextSequence()).isGreaterThan(request.sequence());
        assertThat(other.queue("A").expertsOnline()).isEqualTo(1);
    }

    @Test
    void placingASessionStillQueuedReplacesItsQueuedCopy() {
        dispatch.signOn("e1", Set.of("A"));
        WaitingRequest request = new WaitingRequest("s1", "A", Priority.NORMAL, dispatch.nextSequence(), Set.of());
        dispatch.place(request);
        dispatch.place(request.passedBy("e2"));
        assertThat(dispatch.queue("A").waiting()).containsExactly(request.passedBy("e2"));
        assertThat(dispatch.setWanted("e1", ExpertState.AVAILABLE)).contains(request.passedBy("e2"));
        assertThat(dispatch.queue("A").waiting()).isEmpty();
    }

    @Test
    void everyKeyIsUnderThePrefixInADocumentedShape() {
        dispatch.signOn("e1", Set.of("A", "B"));
        dispatch.setWanted("e1", ExpertState.AVAILABLE);
        dispatch.signOn("e2", Set.of("A"));
        dispatch.place(new WaitingRequest("s1", "B", Priority.NORMAL, dispatch.nextSequence(), Set.of()));
        dispatch.place(new WaitingRequest("s2", "B", Priority.NORMAL, dispatch.nextSequence(), Set.of()));
        dispatch.release("e1", "s1", ExpertState.AWAY);
        dispatch.setWanted("e2", ExpertState.AVAILABLE);
        assertThat(link.sync().keys(prefix + "*")).allSatisfy(key -> assertThat(key.substring(prefix.length()))
                .matches("dispatch:(expert:e[12]|experts|idle:A|idle-tick|queue:B|requests|online|sequence)"))
                .contains(prefix + DispatchKeys.EXPERT + "e1", prefix + DispatchKeys.IDLE + "A",
                        prefix + DispatchKeys.QUEUE + "B", prefix + DispatchKeys.REQUESTS, prefix + DispatchKeys.ONLINE,
                        prefix + DispatchKeys.SEQUENCE, prefix + DispatchKeys.IDLE_TICK, prefix + DispatchKeys.EXPERTS);
        assertThat(link.sync().zscore(prefix + DispatchKeys.QUEUE + "B", "s2"))
                .isEqualTo((double) (DispatchKeys.SEQUENCE_LIMIT + 2));
    }
}
