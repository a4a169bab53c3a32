package cn.remotewindow.signaling.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.Chat;
import cn.remotewindow.protocol.message.EndReason;
import cn.remotewindow.protocol.message.PeerStatus;
import cn.remotewindow.protocol.message.Priority;
import cn.remotewindow.protocol.message.Ring;
import cn.remotewindow.protocol.message.RingAccept;
import cn.remotewindow.protocol.message.ServiceRequest;
import cn.remotewindow.protocol.message.SessionEnd;
import cn.remotewindow.protocol.message.SessionEnded;
import cn.remotewindow.protocol.message.SessionEstablished;
import cn.remotewindow.protocol.message.SessionPhase;
import cn.remotewindow.protocol.message.SessionResumed;
import cn.remotewindow.protocol.message.SessionStatus;
import cn.remotewindow.signaling.party.Expert;
import cn.remotewindow.signaling.testing.Parties;
import cn.remotewindow.signaling.testing.ServerProcess;
import cn.remotewindow.signaling.testing.ClusterTest;
import cn.remotewindow.signaling.testing.TestParty;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Node B, in a JVM of its own, is killed (SIGKILL) with calls and a waiting request on it. Its
 * kiosks and experts reconnect to nodes A and C, as a load balancer would send them, and carry on:
 * the calls it ran, the call its expert was in, the request it had queued. A kiosk that never
 * comes back is ended after the resume grace, and its expert is told.
 */
class NodeFailoverTest extends ClusterTest {

    static final String GRACE = "5s";


    @BeforeAll
    static void startNodes() {
        cluster.start("node-a", "window.routing.resume-grace=" + GRACE);
        cluster.start("node-c", "window.routing.resume-grace=" + GRACE);
    }

    @Test
    void thePartiesOfAKilledNodeResumeOnTheOthersAndItsWaitingRequestIsStillServed() {
        ServerProcess b = cluster.startProcess("node-b", Path.of("target", "node-failover-b.log"),
                "window.routing.resume-grace=" + GRACE).awaitReady(Duration.ofSeconds(120));
        Parties onA = cluster.parties("node-a");
        Parties onB = cluster.parties(b);
        Parties onC = cluster.parties("node-c");

        // A call run by B: its kiosk is on B, its expert on C.
        TestParty expert1 = onC.expert("fo-e1", "FO-1");
        TestParty kiosk1 = onB.kiosk("fo-k1");
        String s1 = Parties.activeCall(kiosk1, expert1, "FO-1");
        // A call run by A whose expert is on B.
        TestParty expert2 = onB.expert("fo-e2", "FO-2");
        TestParty kiosk2 = onA.kiosk("fo-k2");
        String s2 = Parties.activeCall(kiosk2, expert2, "FO-2");
        // A request queued on B for a skill nobody serves yet.
        TestParty kiosk3 = onB.kiosk("fo-k3");
        kiosk3.send(new ServiceRequest("FO-3", null, null, Priority.NORMAL));
        String s3 = kiosk3.await(SessionStatus.class, s -> s.phase() == SessionPhase.QUEUED).sessionId();
        // A call run by B whose kiosk will not come back.
        TestParty expert4 = onC.expert("fo-e4", "FO-4");
        TestParty kiosk4 = onB.kiosk("fo-k4");
        Parties.activeCall(kiosk4, expert4, "FO-4");

        assertThat(b.kill()).isEqualTo(ServerProcess.KILLED);
        long killed = System.nanoTime();
        kiosk1.awaitClose();
        expert2.awaitClose();
        kiosk3.awaitClose();

        TestParty kiosk1Back = onA.authenticated(Parties.kioskParty("fo-k1"), s1);
        TestParty expert2Back = onC.authenticated(new Expert("fo-e2", "专家 fo-e2", Set.of("FO-2")), s2);
        TestParty kiosk3Back = onC.authenticated(Parties.kioskParty("fo-k3"), s3);

        assertThat(kiosk1Back.awaitBody(SessionResumed.class).phase()).isEqualTo(SessionPhase.ACTIVE);
        Duration failover = Duration.ofNanos(System.nanoTime() - killed);
        System.out.println("node-b killed -> its kiosk's call resumed on node-a after " + failover.toMillis() + " ms");
        kiosk1Back.send(s1, new Chat("我换了一台服务器", Role.KIOSK, null));
        assertThat(expert1.awaitBody(Chat.class).text()).isEqualTo("我换了一台服务器");
        expert1.send(s1, new Chat("没关系，继续", Role.EXPERT, null));
        assertThat(kiosk1Back.awaitBody(Chat.class).text()).isEqualTo("没关系，继续");

        assertThat(expert2Back.awaitBody(SessionResumed.class).phase()).isEqualTo(SessionPhase.ACTIVE);
        kiosk2.await(PeerStatus.class, p -> p.role() == Role.EXPERT && p.connected());
        expert2Back.send(s2, new Chat("我回来了", Role.EXPERT, null));
        assertThat(kiosk2.awaitBody(Chat.class).text()).isEqualTo("我回来了");

        assertThat(kiosk3Back.awaitBody(SessionResumed.class).phase()).isEqualTo(SessionPhase.QUEUED);
        TestParty expert3 = onA.expert("fo-e3", "FO-3");
        assertThat(expert3.await(Ring.class).sessionId()).isEqualTo(s3);
        expert3.send(s3, new RingAccept());
        kiosk3Back.await(SessionEstablished.class);

        expert4.await(PeerStatus.class, p -> p.role() == Role.KIOSK && !p.connected());
        assertThat(expert4.awaitBody(SessionEnded.class).reason()).isEqualTo(EndReason.DISCONNECTED);

        kiosk1Back.send(s1, new SessionEnd(EndReason.HANGUP));
        assertThat(expert1.awaitBody(SessionEnded.class).reason()).isEqualTo(EndReason.HANGUP);
    }
}
