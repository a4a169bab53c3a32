package cn.remotewindow.signaling.session;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.CaseOutcome;
import cn.remotewindow.protocol.message.EndReason;
import cn.remotewindow.protocol.message.OutcomeRecorded;
import cn.remotewindow.protocol.message.OutcomeSubmit;
import cn.remotewindow.protocol.message.Priority;
import cn.remotewindow.protocol.message.RatingRecorded;
import cn.remotewindow.protocol.message.RatingSubmit;
import cn.remotewindow.protocol.message.Satisfaction;
import cn.remotewindow.protocol.message.SessionEnded;
import cn.remotewindow.signaling.record.CaseRequest;
import cn.remotewindow.signaling.record.SessionEvent;
import cn.remotewindow.signaling.record.SessionRecord;
import cn.remotewindow.signaling.record.SessionRecords;
import cn.remotewindow.signaling.record.store.DatabaseSessionRecords;
import cn.remotewindow.signaling.record.store.RecordWriter;
import cn.remotewindow.signaling.record.store.RecordsDatabase;
import cn.remotewindow.signaling.record.store.TestDatabases;
import cn.remotewindow.signaling.testing.ServerTest;
import cn.remotewindow.signaling.testing.TestParty;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A server starting on records its previous run left with a call open (it died): the session is
 * ended in the records as SESSION_LOST, its expert is told on signing on and can still record the
 * outcome, its kiosk is told and can still rate it.
 */
class InterruptedSessionsFlowTest extends ServerTest {

    private static final String URL = "jdbc:h2:mem:interrupted-" + UUID.randomUUID();
    private static final Instant ASKED = Instant.now().minus(20, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS);

    @Autowired
    SessionRecords records;

    /** Runs before the server starts: the previous run's records, one call open when it died, one ended. */
    @DynamicPropertySource
    static void recordsOfThePreviousRun(DynamicPropertyRegistry registry) {
        try (RecordsDatabase database = RecordsDatabase.open(TestDatabases.settings(URL, ""));
             RecordWriter writer = new RecordWriter(database, 100, 16, java.time.Duration.ofSeconds(20))) {
            DatabaseSessionRecords sessions = new DatabaseSessionRecords(database, writer, ZoneId.of("Asia/Shanghai"));
            CaseRequest asked = new CaseRequest("lost-k1", "自助终端 lost-k1", "红旗区", "LOST", "LOST", null,
                    "410702-2026-000900", Priority.NORMAL, ASKED);
            sessions.record(new SessionEvent("lost-s1", SessionEvent.Kind.REQUESTED, ASKED, asked, null, null, null, null, null, null));
            sessions.record(new SessionEvent("lost-s1", SessionEvent.Kind.ACCEPTED, ASKED.plusSeconds(20), asked, "lost-e1", null, null, null, null, null));
            sessions.record(new SessionEvent("lost-s1", SessionEvent.Kind.CONNECTED, ASKED.plusSeconds(22), asked, "lost-e1", null, null, null, null, null));
            sessions.record(new SessionEvent("done-s2", SessionEvent.Kind.REQUESTED, ASKED, asked, null, null, null, null, null, null));
            sessions.recordConfirmed(new SessionEvent("done-s2", SessionEvent.Kind.ENDED, ASKED.plusSeconds(5), asked, null,
                    Role.KIOSK, EndReason.CANCELLED, null, null, null));
        }
        registry.add("window.records.url", () -> URL);
    }

    @Test
    void theLostCallIsEndedAndItsExpertAndKioskCanStillWrapItUp() {
        SessionRecord lost = records.find("lost-s1").orElseThrow();
        assertThat(lost.endReason()).isEqualTo(EndReason.SESSION_LOST);
        assertThat(lost.endedBy()).isEqualTo(Role.SERVER);
        assertThat(records.find("done-s2").orElseThrow().endReason()).as("ended before: untouched")
                .isEqualTo(EndReason.CANCELLED);
        assertThat(records.unfinished(ASKED.minusSeconds(60))).isEmpty();

        TestParty expert = parties.awayExpert("lost-e1", "LOST");
        Envelope told = expert.await(SessionEnded.class);
        assertThat(told.sessionId()).isEqualTo("lost-s1");
        assertThat(((SessionEnded) told.body()).reason()).isEqualTo(EndReason.SESSION_LOST);
        expert.send("lost-s1", new OutcomeSubmit(CaseOutcome.ACCEPTED, null, null, null, "断线前已收齐材料"));
        OutcomeRecorded recorded = expert.awaitBody(OutcomeRecorded.class);
        assertThat(recorded.caseNumber()).as("the request's, from the records").isEqualTo("410702-2026-000900");

        TestParty kiosk = parties.kiosk("lost-k1");
        assertThat(kiosk.await(SessionEnded.class).sessionId()).isEqualTo("lost-s1");
        kiosk.send("lost-s1", new RatingSubmit(Satisfaction.SATISFIED, null));
        kiosk.await(RatingRecorded.class);

        SessionRecord wrapped = records.find("lost-s1").orElseThrow();
        assertThat(wrapped.outcome().outcome()).isEqualTo(CaseOutcome.ACCEPTED);
        assertThat(wrapped.rating()).isEqualTo(Satisfaction.SATISFIED);
    }
}
