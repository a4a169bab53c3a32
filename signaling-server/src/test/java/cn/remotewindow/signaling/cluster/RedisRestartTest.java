package cn.remotewindow.signaling.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.remotewindow.protocol.ErrorCode;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.Chat;
import cn.remotewindow.protocol.message.EndReason;
import cn.remotewindow.protocol.message.Priority;
import cn.remotewindow.protocol.message.Ring;
import cn.remotewindow.protocol.message.RingAccept;
import cn.remotewindow.protocol.message.ServiceRequest;
import cn.remotewindow.protocol.message.SessionEnd;
import cn.remotewindow.protocol.message.SessionEnded;
import cn.remotewindow.protocol.message.SessionEstablished;
import cn.remotewindow.protocol.message.SessionPhase;
import cn.remotewindow.protocol.message.SessionStatus;
import cn.remotewindow.signaling.cluster.redis.RedisLink;
import cn.remotewindow.signaling.testing.Parties;
import cn.remotewindow.signaling.testing.ClusterTest;
import cn.remotewindow.signaling.testing.TestParty;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Redis goes down and comes back empty (a restart without persistence) while three nodes serve a
 * call across them, a waiting request and an idle expert. While it is down a new request is
 * answered SERVICE_UNAVAILABLE and a call whose parties are on its own node goes on; once it is back the nodes write back what they know and everything
 * goes on: the call's messages, the waiting request, the idle expert, new requests.
 */
class RedisRestartTest extends ClusterTest {


    @BeforeAll
    static void startNodes() {
        cluster.start("node-a");
        cluster.start("node-b");
        cluster.start("node-c");
    }

    @Test
    void aRedisThatRestartsEmptyIsFilledAgainByTheNodesAndServiceGoesOn() {
        Parties onA = cluster.parties("node-a");
        Parties onB = cluster.parties("node-b");
        Parties onC = cluster.parties("node-c");
        TestParty expert1 = onC.expert("rr-e1", "RR-1");
        TestParty kiosk1 = onA.kiosk("rr-k1");
        String s1 = Parties.activeCall(kiosk1, expert1, "RR-1");
        TestParty kiosk2 = onB.kiosk("rr-k2");
        kiosk2.send(new ServiceRequest("RR-2", null, null, Priority.NORMAL));
        String s2 = kiosk2.await(SessionStatus.class, s -> s.phase() == SessionPhase.QUEUED).sessionId();
        TestParty expert3 = onA.expert("rr-e3", "RR-3");
        TestParty kiosk4 = onA.kiosk("rr-k4");
        // A call whose parties are both on its owner node: its signaling needs no Redis.
        TestParty expert6 = onA.expert("rr-e6", "RR-6");
        TestParty kiosk6 = onA.kiosk("rr-k6");
        String s6 = Parties.activeCall(kiosk6, expert6, "RR-6");

        // A call whose expert, on another node than the call, drops while Redis is down.
        TestParty expert8 = onC.expert("rr-e8", "RR-8");
        TestParty kiosk8 = onA.kiosk("rr-k8");
        Parties.activeCall(kiosk8, expert8, "RR-8");

        redis.stop();
        expert8.drop();
        kiosk4.send(new ServiceRequest("RR-3", null, null, Priority.NORMAL));
        kiosk4.awaitError(ErrorCode.SERVICE_UNAVAILABLE);
        kiosk6.send(s6, new Chat("服务器那边有问题吗？", Role.KIOSK, null));
        assertThat(expert6.awaitBody(Chat.class).text()).as("relayed while Redis is down").isEqualTo("服务器那边有问题吗？");

        redis.startAgain();
        try (RedisLink probe = new RedisLink(redis.url(), Duration.ofSeconds(1))) {
            // Written back: the directory has both sides of the call, the queue has the waiting request.
            await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() ->
                    probe.sync().exists(cluster.prefix() + "party:EXPERT:rr-e1",
                            cluster.prefix() + "party:KIOSK:rr-k1",
                            cluster.prefix() + "session-owner:" + s1) == 3
                            && probe.sync().zscore(cluster.prefix() + "dispatch:queue:RR-2", s2) != null);
        }

        kiosk1.send(s1, new Chat("刚才网络不好吗？", Role.KIOSK, null));
        assertThat(expert1.awaitBody(Chat.class).text()).isEqualTo("刚才网络不好吗？");
        expert1.send(s1, new Chat("没事了", Role.EXPERT, null));
        assertThat(kiosk1.awaitBody(Chat.class).text()).isEqualTo("没事了");

        TestParty expert2 = onA.expert("rr-e2", "RR-2");
        assertThat(expert2.await(Ring.class).sessionId()).isEqualTo(s2);
        expert2.send(s2, new RingAccept());
        kiosk2.await(SessionEstablished.class);

        // The idle expert is still known as AVAILABLE and takes the next request, from another node.
        TestParty kiosk5 = onC.kiosk("rr-k5");
        kiosk5.send(new ServiceRequest("RR-3", null, null, Priority.NORMAL));
        String s5 = expert3.await(Ring.class).sessionId();
        expert3.send(s5, new RingAccept());
        kiosk5.await(SessionEstablished.class);

        kiosk4.send(new ServiceRequest("RR-1", null, null, Priority.NORMAL));
        kiosk4.await(SessionStatus.class, s -> s.phase() == SessionPhase.QUEUED);

        // Its departure could not reach the call's node then; found missing now, it is away.
        kiosk8.await(cn.remotewindow.protocol.message.PeerStatus.class, p -> p.role() == Role.EXPERT && !p.connected());

        kiosk1.send(s1, new SessionEnd(EndReason.HANGUP));
        assertThat(expert1.awaitBody(SessionEnded.class).reason()).isEqualTo(EndReason.HANGUP);
    }
}
