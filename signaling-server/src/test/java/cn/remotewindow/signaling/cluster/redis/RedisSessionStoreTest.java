package cn.remotewindow.signaling.cluster.redis;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.protocol.EnvelopeCodec;
import cn.remotewindow.signaling.cluster.ClusterJson;
import cn.remotewindow.signaling.cluster.ClusterNode;
import cn.remotewindow.signaling.cluster.Relay;
import cn.remotewindow.signaling.cluster.RelayMessage;
import java.util.ArrayList;
import java.util.List;
import cn.remotewindow.signaling.session.Session;
import cn.remotewindow.signaling.session.SessionStore;
import cn.remotewindow.signaling.session.SessionStoreContract;
import cn.remotewindow.signaling.testing.EmbeddedRedis;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two nodes' stores on one real Redis: the contract, and what only several nodes have (take-over, hand-over). */
class RedisSessionStoreTest extends SessionStoreContract {

    static EmbeddedRedis redis;
    static RedisLink link;
    static io.netty.util.concurrent.DefaultEventExecutorGroup lanes = new io.netty.util.concurrent.DefaultEventExecutorGroup(2);
    static cn.remotewindow.signaling.session.Owners owners = new cn.remotewindow.signaling.session.Owners(lanes);

    private ClusterKeys keys;
    private RedisSessionStore nodeA;
    private RedisSessionStore nodeB;
    /** What the stores told the other nodes. */
    private final List<RelayMessage> told = new ArrayList<>();

    @BeforeAll
    static void start() {
        redis = EmbeddedRedis.start();
        link = new RedisLink(redis.url(), Duration.ofSeconds(2));
    }

    @AfterAll
    static void stop() {
        lanes.shutdownGracefully();
        link.close();
        redis.close();
    }

    @BeforeEach
    void nodes() {
        keys = new ClusterKeys("store-" + UUID.randomUUID() + ":");
        ClusterJson json = new ClusterJson(new EnvelopeCodec());
        told.clear();
        Relay relay = new Relay() {
            @Override
            public void send(String node, RelayMessage message) {
                told.add(message);
            }

            @Override
            public void broadcast(RelayMessage message) {
                told.add(message);
            }
        };
        nodeA = new RedisSessionStore(link, keys, new ClusterNode("node-a"), json, relay, owners);
        nodeB = new RedisSessionStore(link, keys, new ClusterNode("node-b"), json, relay, owners);
    }

    @Override
    protected SessionStore here() {
        return nodeA;
    }

    @Override
    protected SessionStore there() {
        return nodeB;
    }

    @Test
    void onlyItsOwnerChangesASessionAndAnotherNodeTakesItOverOnce() {
        nodeA.create(session("t-1", "k-t"));
        nodeB.put(session("t-1", "k-t").queued());
        assertThat(nodeB.get("t-1")).as("not node B's to change").isEmpty();
        assertThat(nodeA.owner("t-1")).contains("node-a");

        Session queued = nodeA.get("t-1").orElseThrow().queued();
        nodeA.put(queued);
        assertThat(nodeB.claim("t-1", "node-a")).as("the last snapshot, taken over").contains(queued);
        assertThat(nodeB.claim("t-1", "node-a")).as("once").isEmpty();
        assertThat(nodeB.owner("t-1")).contains("node-b");
        assertThat(nodeB.get("t-1")).contains(queued);
        assertThat(link.sync().sismember(keys.nodeSessions("node-a"), "t-1")).isFalse();
        assertThat(link.sync().sismember(keys.nodeSessions("node-b"), "t-1")).isTrue();
    }

    @Test
    void aDrainingOwnerHandsTheSessionAsItStands() {
        nodeA.create(session("h-1", "k-h"));
        Session queued = nodeA.get("h-1").orElseThrow().queued();
        nodeA.put(queued);
        assertThat(nodeA.handOver("h-1", "node-b")).isTrue();
        assertThat(nodeA.get("h-1")).isEmpty();
        assertThat(nodeB.owner("h-1")).contains("node-b");
        assertThat(nodeB.claim("h-1", "node-b")).as("the new owner loads it").contains(queued);
        assertThat(nodeA.handOver("h-1", "node-b")).as("not node A's any more").isFalse();
        assertThat(told).as("the others hear who runs it now").contains(new RelayMessage.OwnerChanged("h-1", "node-b"));
    }

    @Test
    void aChangeOfTheRelaysBookkeepingAloneReachesRedisAMomentLater() {
        nodeA.create(session("d-1", "k-d"));
        Session queued = nodeA.get("d-1").orElseThrow().queued();
        nodeA.put(queued);
        assertThat(nodeB.find("d-1")).as("a phase change: at once").contains(queued);
        Session described = queued.withNegotiation(
                cn.remotewindow.signaling.session.Negotiation.NONE.describedBy(cn.remotewindow.protocol.message.SdpRole.OFFERER));
        nodeA.put(described);
        assertThat(nodeA.get("d-1")).contains(described);
        assertThat(nodeB.find("d-1")).as("not yet").contains(queued);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5))
                .until(() -> nodeB.find("d-1").orElseThrow().equals(described));
    }

    @Test
    void theOthersHearWhenASessionEnds() {
        nodeA.create(session("e-1", "k-e"));
        nodeA.remove("e-1");
        assertThat(told).containsExactly(new RelayMessage.OwnerChanged("e-1", null));
    }

    @Test
    void afterRedisLostItsMemoryTheOwnerWritesItsSessionsBack() {
        nodeA.create(session("w-1", "k-w"));
        link.sync().flushall();
        assertThat(nodeB.find("w-1")).isEmpty();
        nodeA.restoreAll();
        assertThat(nodeB.find("w-1")).isPresent();
        assertThat(nodeB.openSessionOfKiosk("k-w")).contains("w-1");
        assertThat(nodeB.owner("w-1")).contains("node-a");
    }
}
