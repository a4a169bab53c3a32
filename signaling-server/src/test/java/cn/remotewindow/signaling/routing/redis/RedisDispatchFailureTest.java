package cn.remotewindow.signaling.routing.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cn.remotewindow.protocol.message.ExpertState;
import cn.remotewindow.protocol.message.Priority;
import cn.remotewindow.signaling.cluster.redis.RedisLink;
import cn.remotewindow.signaling.routing.Placement;
import cn.remotewindow.signaling.routing.WaitingRequest;
import cn.remotewindow.signaling.testing.EmbeddedRedis;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisException;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Redis forgetting the scripts, going away, or refusing a script: never a wrong answer. */
class RedisDispatchFailureTest {

    static EmbeddedRedis redis;
    static RedisLink link;

    @BeforeAll
    static void start() {
        redis = EmbeddedRedis.start();
        link = new RedisLink(redis.url(), Duration.ofSeconds(2));
    }

    @AfterAll
    static void stop() {
        link.close();
        redis.close();
    }

    private static RedisDispatch newDispatch() {
        return new RedisDispatch(link, "test:" + UUID.randomUUID() + ":");
    }

    private static WaitingRequest request(RedisDispatch dispatch, String sessionId) {
        return new WaitingRequest(sessionId, "A", Priority.NORMAL, dispatch.nextSequence(), Set.of());
    }

    @Test
    void afterScriptFlushTheNextOperationLoadsTheScriptsAgain() {
        RedisDispatch dispatch = newDispatch();
        dispatch.signOn("e1", Set.of("A"));
        link.sync().scriptFlush();
        assertThat(dispatch.setWanted("e1", ExpertState.AVAILABLE)).isEmpty();
        link.sync().scriptFlush();
        assertThat(dispatch.place(request(dispatch, "s1"))).isEqualTo(new Placement.Offered("e1"));
        assertThat(dispatch.confirm("e1", "s1")).isTrue();
    }

    @Test
    void whileRedisIsDownCallsFailAndAfterItsRestartTheyWorkOnWhatItKnows() {
        RedisDispatch dispatch = newDispatch();
        dispatch.signOn("e1", Set.of("A"));
        redis.stop();
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> fails(() -> dispatch.expert("e1")));
            assertThatThrownBy(() -> dispatch.setWanted("e1", ExpertState.AVAILABLE)).isInstanceOf(RedisException.class);
            assertThatThrownBy(() -> dispatch.place(new WaitingRequest("s1", "A", Priority.NORMAL, 1, Set.of())))
                    .isInstanceOf(RedisException.class);
        } finally {
            redis.startAgain();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> !fails(() -> dispatch.expert("e1")));
        assertThat(dispatch.expert("e1")).as("forgotten until restored").isEmpty();
        assertThat(dispatch.setWanted("e1", ExpertState.AVAILABLE)).isEmpty();
        assertThat(dispatch.place(request(dispatch, "s2"))).isInstanceOf(Placement.Queued.class);
    }

    @Test
    void aScriptThatFailsInRedisFailsTheCall() {
        String prefix = "test:" + UUID.randomUUID() + ":";
        RedisDispatch dispatch = new RedisDispatch(link, prefix);
        dispatch.signOn("e1", Set.of("A"));
        link.sync().hset(prefix + DispatchKeys.EXPERT + "e1", "skills", "not json");
        assertThatThrownBy(() -> dispatch.setWanted("e1", ExpertState.AVAILABLE))
                .isInstanceOf(RedisCommandExecutionException.class);
    }

    private static boolean fails(Runnable call) {
        try {
            call.run();
            return false;
        } catch (RedisException e) {
            return true;
        }
    }
}
