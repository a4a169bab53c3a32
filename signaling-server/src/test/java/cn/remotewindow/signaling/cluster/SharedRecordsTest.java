package cn.remotewindow.signaling.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.remotewindow.protocol.message.EndReason;
import cn.remotewindow.protocol.message.SessionEnd;
import cn.remotewindow.protocol.message.SessionEnded;
import cn.remotewindow.signaling.record.SessionRecords;
import cn.remotewindow.signaling.record.store.TestDatabases;
import cn.remotewindow.signaling.config.WindowProperties;
import cn.remotewindow.signaling.testing.Parties;
import cn.remotewindow.signaling.testing.ClusterTest;
import cn.remotewindow.signaling.testing.TestParty;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Nodes sharing one records database (PostgreSQL, as in production): a node that starts while
 * another runs a call must not end that call in the records as lost — only sessions no node has.
 */
class SharedRecordsTest extends ClusterTest {

    static String[] records;

    @BeforeAll
    static void startNodes() {
        WindowProperties.Records db = TestDatabases.postgres();
        records = new String[]{"window.records.url=" + db.url(), "window.records.username=" + db.username(),
                "window.identity.evidence-key=" + Base64.getEncoder().encodeToString(new byte[32])};
        cluster.start("node-a", records);
        cluster.start("node-c", records);
    }

    @Test
    void aNodeStartingWhileAnotherRunsACallLeavesThatCallOpen() {
        TestParty expert = cluster.parties("node-c").expert("sr-e1", "SR-1");
        TestParty kiosk = cluster.parties("node-a").kiosk("sr-k1");
        String session = Parties.activeCall(kiosk, expert, "SR-1");
        SessionRecords onA = cluster.node("node-a").getBean(SessionRecords.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> onA.find(session).map(r -> r.acceptedAt() != null).orElse(false));

        cluster.start("node-e", records);

        SessionRecords onE = cluster.node("node-e").getBean(SessionRecords.class);
        assertThat(onE.find(session).orElseThrow().endedAt()).as("still open in the shared records").isNull();
        kiosk.send(session, new SessionEnd(EndReason.HANGUP));
        expert.await(SessionEnded.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> onE.find(session).orElseThrow().endedAt() != null);
        assertThat(onE.find(session).orElseThrow().endReason()).isEqualTo(EndReason.HANGUP);
    }
}
