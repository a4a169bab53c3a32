package cn.remotewindow.signaling.record;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.CaseOutcome;
import cn.remotewindow.protocol.message.EndReason;
import cn.remotewindow.protocol.message.MissingDocument;
import cn.remotewindow.protocol.message.Priority;
import cn.remotewindow.protocol.message.Satisfaction;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link SessionRecords} must read back from what was recorded. Subclasses supply the store. */
public abstract class SessionRecordsContract {

    /** One store seen through both of its faces. */
    public record Store(SessionRecorder recorder, SessionRecords records) {
    }

    protected static final Instant T0 = Instant.parse("2026-03-02T08:30:00Z");

    protected Store store;

    protected abstract Store newStore();

    @BeforeEach
    void setUp() {
        store = newStore();
    }

    protected static CaseRequest request(String kioskId, String caseNumber) {
        return new CaseRequest(kioskId, "终端 " + kioskId, "红旗区", "PSB-HJQY", "PSB-HJQY", null, caseNumber,
                Priority.GREEN_CHANNEL, T0);
    }

    protected void record(String sessionId, SessionEvent.Kind kind, long atSecond, String expertId) {
        store.recorder().record(new SessionEvent(sessionId, kind, T0.plusSeconds(atSecond), request("k-" + sessionId, null),
                expertId, null, null, null, null, null));
    }

    private void accepted(String sessionId, long atSecond, String expertId) {
        record(sessionId, SessionEvent.Kind.REQUESTED, atSecond - 5, null);
        record(sessionId, SessionEvent.Kind.RUNG, atSecond - 4, expertId);
        record(sessionId, SessionEvent.Kind.ACCEPTED, atSecond, expertId);
    }

    @Test
    void anExpertsSessionsAreThoseTheyAcceptedLatestFirst() {
        accepted("s1", 10, "e1");
        accepted("s2", 20, "e2");
        accepted("s3", 30, "e1");
        record("s4", SessionEvent.Kind.REQUESTED, 40, null);
        record("s4", SessionEvent.Kind.RUNG, 41, "e1");
        record("s4", SessionEvent.Kind.DECLINED, 42, "e1");

        assertThat(store.records().servedBy("e1", 10)).extracting(SessionRecord::sessionId).containsExactly("s3", "s1");
        assertThat(store.records().servedBy("e1", 1)).extracting(SessionRecord::sessionId).containsExactly("s3");
        assertThat(store.records().servedBy("e2", 10)).extracting(SessionRecord::expertId).containsExactly("e2");
        assertThat(store.records().servedBy("e3", 10)).isEmpty();
    }

    @Test
    void unfinishedSessionsAreThoseWithoutAnEndSinceTheGivenTime() {
        accepted("s1", 10, "e1");
        record("s1", SessionEvent.Kind.ENDED, 100, "e1");
        accepted("s2", 20, "e2");
        record("s2", SessionEvent.Kind.CONNECTED, 25, "e2");
        record("s3", SessionEvent.Kind.REQUESTED, 30, null);

        assertThat(store.records().unfinished(T0)).extracting(SessionRecord::sessionId).containsExactly("s2", "s3");
        assertThat(store.records().unfinished(T0.plusSeconds(3600))).isEmpty();
        SessionRecord open = store.records().unfinished(T0).get(0);
        assertThat(open.expertId()).isEqualTo("e2");
        assertThat(open.connectedAt()).isEqualTo(T0.plusSeconds(25));
    }

    @Test
    void aSessionsRecordIsFoldedFromItsEvents() {
        CaseRequest asked = request("k1", "410702-2026-000123");
        SessionOutcome first = new SessionOutcome(CaseOutcome.ACCEPTED, "410702-2026-000123", List.of(), null, null);
        SessionOutcome second = new SessionOutcome(CaseOutcome.ACCEPTED_PENDING_DOCUMENTS, "410702-2026-000123",
                List.of(new MissingDocument("户口簿原件", null)), null, "改为容缺受理");
        SessionRecorder recorder = store.recorder();
        recorder.record(new SessionEvent("s1", SessionEvent.Kind.REQUESTED, T0, asked, null, null, null, null, null, null));
        recorder.record(new SessionEvent("s1", SessionEvent.Kind.ACCEPTED, T0.plusSeconds(42), asked, "e1", null, null, null, null, null));
        recorder.record(new SessionEvent("s1", SessionEvent.Kind.CONNECTED, T0.plusSeconds(45), asked, "e1", null, null, null, null, null));
        recorder.record(new SessionEvent("s1", SessionEvent.Kind.OUTCOME, T0.plusSeconds(300), asked, "e1", null, null, "ACCEPTED", first, null));
        recorder.record(new SessionEvent("s1", SessionEvent.Kind.ENDED, T0.plusSeconds(405), asked, "e1", Role.EXPERT, EndReason.HANGUP, null, null, null));
        recorder.record(new SessionEvent("s1", SessionEvent.Kind.OUTCOME, T0.plusSeconds(460), asked, "e1", null, null, "later", second, null));
        recorder.record(new SessionEvent("s1", SessionEvent.Kind.RATED, T0.plusSeconds(470), asked, "e1", null, null, "SATISFIED", null, Satisfaction.SATISFIED));

        SessionRecord record = store.records().find("s1").orElseThrow();
        assertThat(record.request()).isEqualTo(asked);
        assertThat(record.expertId()).isEqualTo("e1");
        assertThat(record.acceptedAt()).isEqualTo(T0.plusSeconds(42));
        assertThat(record.connectedAt()).isEqualTo(T0.plusSeconds(45));
        assertThat(record.endedAt()).isEqualTo(T0.plusSeconds(405));
        assertThat(record.endedBy()).isEqualTo(Role.EXPERT);
        assertThat(record.endReason()).isEqualTo(EndReason.HANGUP);
        assertThat(record.outcome()).as("the latest stands").isEqualTo(second);
        assertThat(record.outcomeAt()).isEqualTo(T0.plusSeconds(460));
        assertThat(record.rating()).isEqualTo(Satisfaction.SATISFIED);
        assertThat(record.waitSeconds()).isEqualTo(42);
        assertThat(record.handleSeconds()).isEqualTo(360);
        assertThat(store.records().eventsOf("s1")).extracting(SessionEvent::kind).containsExactly(
                SessionEvent.Kind.REQUESTED, SessionEvent.Kind.ACCEPTED, SessionEvent.Kind.CONNECTED,
                SessionEvent.Kind.OUTCOME, SessionEvent.Kind.ENDED, SessionEvent.Kind.OUTCOME, SessionEvent.Kind.RATED);
    }

    @Test
    void aTransferredSessionBelongsToEveryExpertWhoServedItAndKeepsItsFirstTimes() {
        CaseRequest asked = request("k1", null);
        SessionRecorder recorder = store.recorder();
        recorder.record(new SessionEvent("s1", SessionEvent.Kind.REQUESTED, T0, asked, null, null, null, null, null, null));
        recorder.record(new SessionEvent("s1", SessionEvent.Kind.ACCEPTED, T0.plusSeconds(10), asked, "e1", null, null, null, null, null));
        recorder.record(new SessionEvent("s1", SessionEvent.Kind.CONNECTED, T0.plusSeconds(12), asked, "e1", null, null, null, null, null));
        recorder.record(new SessionEvent("s1", SessionEvent.Kind.TRANSFERRED, T0.plusSeconds(100), asked, "e1", null, null, "expert e2", null, null));
        recorder.record(new SessionEvent("s1", SessionEvent.Kind.ACCEPTED, T0.plusSeconds(110), asked, "e2", null, null, null, null, null));
        recorder.record(new SessionEvent("s1", SessionEvent.Kind.CONNECTED, T0.plusSeconds(111), asked, "e2", null, null, null, null, null));

        SessionRecord record = store.records().find("s1").orElseThrow();
        assertThat(record.expertId()).as("the one serving it now").isEqualTo("e2");
        assertThat(record.servedBy()).containsExactly("e1", "e2");
        assertThat(record.waitSeconds()).as("until the first answer").isEqualTo(10);
        assertThat(record.connectedAt()).isEqualTo(T0.plusSeconds(12));
        assertThat(store.records().servedBy("e1", 10)).extracting(SessionRecord::sessionId).containsExactly("s1");
        assertThat(store.records().servedBy("e2", 10)).extracting(SessionRecord::sessionId).containsExactly("s1");
    }

    @Test
    void aGuestWhoJoinedServedTheSessionButDoesNotOwnIt() {
        CaseRequest asked = request("k1", null);
        SessionRecorder recorder = store.recorder();
        recorder.record(new SessionEvent("s1", SessionEvent.Kind.REQUESTED, T0, asked, null, null, null, null, null, null));
        recorder.record(new SessionEvent("s1", SessionEvent.Kind.ACCEPTED, T0.plusSeconds(10), asked, "e1", null, null, null, null, null));
        recorder.record(new SessionEvent("s1", SessionEvent.Kind.INVITED, T0.plusSeconds(60), asked, "e1", null, null, "expert e2", null, null));
        recorder.record(new SessionEvent("s1", SessionEvent.Kind.JOINED, T0.plusSeconds(70), asked, "e2", null, null, null, null, null));
        recorder.record(new SessionEvent("s1", SessionEvent.Kind.LEFT, T0.plusSeconds(200), asked, "e2", null, null, "HANGUP", null, null));
        recorder.record(new SessionEvent("s1", SessionEvent.Kind.INVITED, T0.plusSeconds(210), asked, "e1", null, null, "expert e2", null, null));
        recorder.record(new SessionEvent("s1", SessionEvent.Kind.JOINED, T0.plusSeconds(220), asked, "e2", null, null, null, null, null));

        SessionRecord record = store.records().find("s1").orElseThrow();
        assertThat(record.expertId()).as("the lead's session").isEqualTo("e1");
        assertThat(record.servedBy()).containsExactly("e1", "e2");
        assertThat(record.acceptedAt()).isEqualTo(T0.plusSeconds(10));
        assertThat(store.records().servedBy("e2", 10)).as("listed once, though invited twice")
                .extracting(SessionRecord::sessionId).containsExactly("s1");
        assertThat(store.records().servedBy("e1", 10)).extracting(SessionRecord::sessionId).containsExactly("s1");
    }

    @Test
    void anOpenSessionHasNoEndYet() {
        accepted("s1", 10, "e1");
        SessionRecord open = store.records().find("s1").orElseThrow();
        assertThat(open.endedAt()).isNull();
        assertThat(open.connectedAt()).isNull();
        assertThat(open.handleSeconds()).isNull();
        assertThat(open.waitSeconds()).as("from the request's time").isEqualTo(10);
        assertThat(open.outcome()).isNull();
    }

    @Test
    void anUnknownSessionHasNoRecord() {
        assertThat(store.records().find("nope")).isEmpty();
        assertThat(store.records().eventsOf("nope")).isEmpty();
    }
}
