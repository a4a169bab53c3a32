package cn.remotewindow.signaling.session;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.ErrorCode;
import cn.remotewindow.protocol.message.CaseOutcome;
import cn.remotewindow.protocol.message.EndReason;
import cn.remotewindow.protocol.message.ErrorReply;
import cn.remotewindow.protocol.message.MissingDocument;
import cn.remotewindow.protocol.message.OutcomeRecorded;
import cn.remotewindow.protocol.message.OutcomeSubmit;
import cn.remotewindow.protocol.message.Priority;
import cn.remotewindow.protocol.message.Ring;
import cn.remotewindow.protocol.message.RingAccept;
import cn.remotewindow.protocol.message.RingCancelled;
import cn.remotewindow.protocol.message.ServiceCancel;
import cn.remotewindow.protocol.message.ServiceRequest;
import cn.remotewindow.protocol.message.SessionEnd;
import cn.remotewindow.protocol.message.SessionEnded;
import cn.remotewindow.protocol.message.SessionEstablished;
import cn.remotewindow.signaling.record.SessionRecords;
import cn.remotewindow.signaling.record.SessionEvent;
import cn.remotewindow.signaling.record.SessionOutcome;
import cn.remotewindow.signaling.record.SessionRecord;
import cn.remotewindow.signaling.testing.ServerTest;
import cn.remotewindow.signaling.testing.TestParty;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** outcome.submit: the expert who served a session records its case outcome, during the call or in wrap-up. */
class OutcomeFlowTest extends ServerTest {

    private static final OutcomeSubmit ACCEPTED = new OutcomeSubmit(CaseOutcome.ACCEPTED, null, null, null, null);

    @Autowired
    SessionRecords recorder;

    private static String call(TestParty kiosk, TestParty expert, String skill, String caseNumber) {
        kiosk.send(new ServiceRequest(skill, null, caseNumber, Priority.NORMAL));
        String sessionId = expert.await(Ring.class).sessionId();
        expert.send(sessionId, new RingAccept());
        kiosk.await(SessionEstablished.class);
        expert.await(SessionEstablished.class);
        return sessionId;
    }

    private List<SessionEvent> outcomes(String sessionId) {
        return recorder.eventsOf(sessionId).stream().filter(e -> e.kind() == SessionEvent.Kind.OUTCOME).toList();
    }

    @Test
    void duringTheCallTheOutcomeIsRecordedWithTheRequestsCaseNumber() {
        TestParty expert = parties.expert("out-e1", "OUT1");
        TestParty kiosk = parties.kiosk("out-k1", "牧野区");
        String sessionId = call(kiosk, expert, "OUT1", "410711-2026-000077");

        long before = System.currentTimeMillis();
        String id = expert.send(sessionId, new OutcomeSubmit(CaseOutcome.ACCEPTED_PENDING_DOCUMENTS, null,
                List.of(new MissingDocument("户口簿原件", "2026-03-09")), null, "市民下周补交"));
        Envelope reply = expert.await(OutcomeRecorded.class);
        assertThat(reply.id()).isEqualTo(id);
        assertThat(reply.sessionId()).isEqualTo(sessionId);
        OutcomeRecorded recorded = (OutcomeRecorded) reply.body();
        assertThat(recorded.outcome()).isEqualTo(CaseOutcome.ACCEPTED_PENDING_DOCUMENTS);
        assertThat(recorded.caseNumber()).as("the request's, as none was sent").isEqualTo("410711-2026-000077");
        assertThat(recorded.recordedAt()).isBetween(before, System.currentTimeMillis());

        SessionEvent event = outcomes(sessionId).get(0);
        assertThat(event.expertId()).isEqualTo("out-e1");
        assertThat(event.district()).isEqualTo("牧野区");
        assertThat(event.at().toEpochMilli()).isEqualTo(recorded.recordedAt());
        assertThat(event.outcome()).isEqualTo(new SessionOutcome(CaseOutcome.ACCEPTED_PENDING_DOCUMENTS,
                "410711-2026-000077", List.of(new MissingDocument("户口簿原件", "2026-03-09")), null, "市民下周补交"));
        assertThat(event.note()).isEqualTo("ACCEPTED_PENDING_DOCUMENTS 410711-2026-000077");
        kiosk.assertNone(OutcomeRecorded.class, Duration.ofMillis(200));
    }

    @Test
    void afterTheEndTheExpertWrapsUpAndTheLatestOutcomeStands() {
        TestParty expert = parties.expert("out-e2", "OUT2");
        TestParty kiosk = parties.kiosk("out-k2");
        String sessionId = call(kiosk, expert, "OUT2", null);

        // Sent right behind the hang-up: it must land on the ended session, never between open and ended.
        expert.send(sessionId, new SessionEnd(EndReason.HANGUP));
        expert.send(sessionId, new OutcomeSubmit(CaseOutcome.COMPLETED, "410702-2026-000001", null, null, null));
        expert.await(SessionEnded.class);
        assertThat(expert.awaitBody(OutcomeRecorded.class).caseNumber()).isEqualTo("410702-2026-000001");

        String again = expert.send(sessionId, new OutcomeSubmit(CaseOutcome.TRANSFERRED, null, null, "转市人社局办理", null));
        Envelope replaced = expert.await(OutcomeRecorded.class);
        assertThat(replaced.id()).isEqualTo(again);
        assertThat(((OutcomeRecorded) replaced.body()).caseNumber()).as("neither sent nor in the request").isNull();

        assertThat(outcomes(sessionId)).extracting(e -> e.outcome().outcome())
                .containsExactly(CaseOutcome.COMPLETED, CaseOutcome.TRANSFERRED);
        SessionRecord record = recorder.find(sessionId).orElseThrow();
        assertThat(record.outcome().outcome()).isEqualTo(CaseOutcome.TRANSFERRED);
        assertThat(record.outcome().reason()).isEqualTo("转市人社局办理");
        assertThat(record.endedAt()).isNotNull();
    }

    @Test
    void anAcceptedOrCompletedCaseNeedsACaseNumber() {
        TestParty expert = parties.expert("out-e3", "OUT3");
        TestParty kiosk = parties.kiosk("out-k3");
        String sessionId = call(kiosk, expert, "OUT3", null);

        String id = expert.send(sessionId, ACCEPTED);
        Envelope refused = expert.awaitError(ErrorCode.MISSING_FIELD);
        assertThat(refused.id()).isEqualTo(id);
        assertThat(((ErrorReply) refused.body()).message()).contains("caseNumber");
        expert.send(sessionId, new OutcomeSubmit(CaseOutcome.COMPLETED, null, null, null, null));
        expert.awaitError(ErrorCode.MISSING_FIELD);
        assertThat(outcomes(sessionId)).isEmpty();

        // A refusal needs no case: the case number is simply absent.
        expert.send(sessionId, new OutcomeSubmit(CaseOutcome.REJECTED, null, null, "不属于本市通办事项", null));
        assertThat(expert.awaitBody(OutcomeRecorded.class).caseNumber()).isNull();
        assertThat(outcomes(sessionId)).hasSize(1);
    }

    @Test
    void aBadOutcomeIsRefusedByTheProtocolCheck() {
        TestParty expert = parties.expert("out-e4", "OUT4");
        TestParty kiosk = parties.kiosk("out-k4");
        String sessionId = call(kiosk, expert, "OUT4", "410702-2026-000004");

        String frame = "{\"v\":1,\"type\":\"outcome.submit\",\"id\":\"bad-1\",\"sessionId\":\"" + sessionId
                + "\",\"body\":{\"outcome\":\"ACCEPTED_PENDING_DOCUMENTS\"}}";
        expert.connection().sendText(frame);
        assertThat(expert.awaitError(ErrorCode.MISSING_FIELD).id()).isEqualTo("bad-1");
        assertThat(outcomes(sessionId)).isEmpty();
    }

    @Test
    void nobodyButTheExpertWhoServedItMayRecordTheOutcome() {
        TestParty expert = parties.expert("out-e5", "OUT5");
        TestParty kiosk = parties.kiosk("out-k5");
        String sessionId = call(kiosk, expert, "OUT5", "410702-2026-000005");
        TestParty other = parties.expert("out-e6", "OUT5");

        String byOther = other.send(sessionId, ACCEPTED);
        assertThat(other.awaitError(ErrorCode.NOT_IN_SESSION).id()).isEqualTo(byOther);
        String unknown = expert.send("6f0c1e7a-0000-4000-8000-000000000000", ACCEPTED);
        assertThat(expert.awaitError(ErrorCode.NOT_IN_SESSION).id()).isEqualTo(unknown);
        kiosk.connection().sendText("{\"v\":1,\"type\":\"outcome.submit\",\"id\":\"k-o\",\"sessionId\":\"" + sessionId
                + "\",\"body\":{\"outcome\":\"ACCEPTED\"}}");
        assertThat(kiosk.awaitError(ErrorCode.ROLE_NOT_ALLOWED).id()).isEqualTo("k-o");

        expert.send(sessionId, new SessionEnd(EndReason.HANGUP));
        kiosk.await(SessionEnded.class);
        other.send(sessionId, ACCEPTED);
        other.awaitError(ErrorCode.NOT_IN_SESSION);
        assertThat(outcomes(sessionId)).isEmpty();
    }

    @Test
    void anExpertWhoWasOnlyRungMayNot() {
        TestParty expert = parties.expert("out-e7", "OUT7");
        TestParty kiosk = parties.kiosk("out-k7");
        kiosk.send(new ServiceRequest("OUT7", null, "410702-2026-000007", Priority.NORMAL));
        String sessionId = expert.await(Ring.class).sessionId();

        expert.send(sessionId, ACCEPTED);
        expert.awaitError(ErrorCode.NOT_IN_SESSION);
        kiosk.send(sessionId, new ServiceCancel());
        expert.await(RingCancelled.class);
        expert.send(sessionId, ACCEPTED);
        expert.awaitError(ErrorCode.NOT_IN_SESSION);
        assertThat(outcomes(sessionId)).isEmpty();
    }
}
