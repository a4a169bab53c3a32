package cn.remotewindow.signaling.record.store;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.CaseOutcome;
import cn.remotewindow.protocol.message.EndReason;
import cn.remotewindow.protocol.message.MissingDocument;
import cn.remotewindow.protocol.message.Satisfaction;
import cn.remotewindow.signaling.config.WindowProperties;
import cn.remotewindow.signaling.record.CaseRequest;
import cn.remotewindow.signaling.record.SessionEvent;
import cn.remotewindow.signaling.record.SessionOutcome;
import cn.remotewindow.signaling.record.SessionRecordsContract;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The session records contract on the records database, and what only the database adds: the
 * session's row for the auditors' lists, the case, one audit entry per event, retried writes.
 */
abstract class DatabaseSessionRecordsContract extends SessionRecordsContract {

    private WindowProperties.Records settings;
    private RecordsDatabase database;
    private RecordWriter writer;
    private DatabaseSessionRecords sessions;

    protected abstract WindowProperties.Records newDatabase();

    @Override
    protected Store newStore() {
        settings = newDatabase();
        database = RecordsDatabase.open(settings);
        writer = new RecordWriter(database, 1000, 64, settings.writeTimeout());
        sessions = new DatabaseSessionRecords(database, writer, java.time.ZoneId.of("Asia/Shanghai"));
        return new Store(sessions, sessions);
    }

    @AfterEach
    void close() {
        writer.close();
        database.close();
    }

    private void servedSession() {
        CaseRequest asked = request("k1", "410702-2026-000123");
        SessionOutcome pending = new SessionOutcome(CaseOutcome.ACCEPTED_PENDING_DOCUMENTS, "410702-2026-000123",
                List.of(new MissingDocument("户口簿原件", null)), null, "容缺受理");
        sessions.record(new SessionEvent("s1", SessionEvent.Kind.REQUESTED, T0, asked, null, null, null, null, null, null));
        sessions.record(new SessionEvent("s1", SessionEvent.Kind.ACCEPTED, T0.plusSeconds(42), asked, "e1", null, null, null, null, null));
        sessions.record(new SessionEvent("s1", SessionEvent.Kind.CONNECTED, T0.plusSeconds(45), asked, "e1", null, null, null, null, null));
        sessions.recordConfirmed(new SessionEvent("s1", SessionEvent.Kind.OUTCOME, T0.plusSeconds(300), asked, "e1", null, null,
                "ACCEPTED_PENDING_DOCUMENTS", pending, null));
        sessions.record(new SessionEvent("s1", SessionEvent.Kind.ENDED, T0.plusSeconds(405), asked, "e1", Role.EXPERT,
                EndReason.HANGUP, null, null, null));
        sessions.record(new SessionEvent("s1", SessionEvent.Kind.RATED, T0.plusSeconds(470), asked, "e1", null, null,
                "SATISFIED", null, Satisfaction.SATISFIED));
    }

    @Test
    void theSessionsRowCarriesWhatTheAuditorsFilterAndCountBy() throws Exception {
        servedSession();
        assertThat(sessions.find("s1")).isPresent(); // settles the writes
        try (Connection c = TestDatabases.jdbc(settings); Statement s = c.createStatement();
             ResultSet row = s.executeQuery("SELECT * FROM sessions WHERE session_id = 's1'")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString("kiosk_id")).isEqualTo("k1");
            assertThat(row.getString("district")).isEqualTo("红旗区");
            assertThat(row.getString("case_number")).isEqualTo("410702-2026-000123");
            assertThat(row.getString("expert_id")).isEqualTo("e1");
            assertThat(row.getLong("wait_ms")).isEqualTo(42_000);
            assertThat(row.getLong("handle_ms")).isEqualTo(360_000);
            assertThat(row.getString("outcome")).isEqualTo("ACCEPTED_PENDING_DOCUMENTS");
            assertThat(row.getInt("missing_documents")).isEqualTo(1);
            assertThat(row.getString("rating")).isEqualTo("SATISFIED");
            assertThat(row.getString("end_reason")).isEqualTo("HANGUP");
            assertThat(row.getInt("event_count")).isEqualTo(6);
        }
        try (Connection c = TestDatabases.jdbc(settings); Statement s = c.createStatement();
             ResultSet cases = s.executeQuery("SELECT first_session, district FROM cases WHERE case_number = '410702-2026-000123'")) {
            assertThat(cases.next()).isTrue();
            assertThat(cases.getString("first_session")).isEqualTo("s1");
        }
    }

    @Test
    void everyEventHasTheAuditEntryThatVouchesForItsPayload() throws Exception {
        servedSession();
        assertThat(sessions.eventsOf("s1")).hasSize(6);
        DatabaseAuditLog audit = new DatabaseAuditLog(database, writer);
        assertThat(audit.about("s1")).extracting(e -> e.action()).containsExactly("SESSION_REQUESTED",
                "SESSION_ACCEPTED", "SESSION_CONNECTED", "SESSION_OUTCOME", "SESSION_ENDED", "SESSION_RATED");
        assertThat(audit.about("s1").get(0).actor()).isEqualTo("KIOSK:k1");
        assertThat(audit.about("s1").get(1).actor()).isEqualTo("EXPERT:e1");
        assertThat(audit.verify().isIntact()).isTrue();
        try (Connection c = TestDatabases.jdbc(settings); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT payload_sha256, audit_seq FROM session_events WHERE session_id = 's1' ORDER BY seq")) {
            while (rows.next()) {
                String detail = audit.read(rows.getLong("audit_seq"), 1).get(0).detail();
                assertThat(RecordJson.auditedEvent(detail).sha256()).isEqualTo(rows.getString("payload_sha256").trim());
            }
        }
    }

    @Test
    void aRetriedEventIsRecordedOnce() {
        CaseRequest asked = request("k1", null);
        SessionEvent requested = new SessionEvent("s1", SessionEvent.Kind.REQUESTED, T0, asked, null, null, null, null, null, null);
        sessions.record(requested);
        sessions.record(requested);
        sessions.recordConfirmed(requested);
        assertThat(sessions.eventsOf("s1")).hasSize(1);
    }

    @Test
    void anOutcomeSubmittedAgainAsItStandsIsRecordedOnceButAChangedOneIsRecorded() {
        CaseRequest asked = request("k1", null);
        SessionOutcome accepted = new SessionOutcome(CaseOutcome.ACCEPTED, "C-1", List.of(), null, null);
        sessions.record(new SessionEvent("s1", SessionEvent.Kind.REQUESTED, T0, asked, null, null, null, null, null, null));
        sessions.recordConfirmed(new SessionEvent("s1", SessionEvent.Kind.OUTCOME, T0.plusSeconds(60), asked, "e1", null, null, "ACCEPTED", accepted, null));
        sessions.recordConfirmed(new SessionEvent("s1", SessionEvent.Kind.OUTCOME, T0.plusSeconds(65), asked, "e1", null, null, "ACCEPTED", accepted, null));
        assertThat(sessions.eventsOf("s1")).hasSize(2);
        SessionOutcome rejected = new SessionOutcome(CaseOutcome.REJECTED, null, List.of(), "材料不全", null);
        sessions.recordConfirmed(new SessionEvent("s1", SessionEvent.Kind.OUTCOME, T0.plusSeconds(70), asked, "e1", null, null, "REJECTED", rejected, null));
        assertThat(sessions.eventsOf("s1")).hasSize(3);
    }

    @Test
    void whatWasRecordedIsReadBackByAStoreOpenedAfresh() {
        servedSession();
        assertThat(sessions.find("s1")).isPresent();
        DatabaseSessionRecords reopened = new DatabaseSessionRecords(database, writer, java.time.ZoneId.of("Asia/Shanghai"));
        assertThat(reopened.find("s1").orElseThrow().rating()).isEqualTo(Satisfaction.SATISFIED);
        // A new event after a restart continues the session's sequence (no cache of it yet).
        reopened.recordConfirmed(new SessionEvent("s1", SessionEvent.Kind.OUTCOME, T0.plusSeconds(500), request("k1", null),
                "e1", null, null, "REJECTED", new SessionOutcome(CaseOutcome.REJECTED, null, List.of(), "材料不全", null), null));
        assertThat(reopened.eventsOf("s1")).hasSize(7);
        assertThat(reopened.find("s1").orElseThrow().outcome().outcome()).isEqualTo(CaseOutcome.REJECTED);
    }

    private long auditSeqOf(String kind) throws Exception {
        try (Connection c = TestDatabases.jdbc(settings); Statement s = c.createStatement();
             ResultSet row = s.executeQuery("SELECT audit_seq FROM session_events WHERE session_id = 's1' AND kind = '" + kind + "'")) {
            assertThat(row.next()).isTrue();
            return row.getLong(1);
        }
    }

    private void behindTheStoresBack(String sql) throws Exception {
        try (Connection c = TestDatabases.jdbc(settings); Statement s = c.createStatement()) {
            assertThat(s.executeUpdate(sql)).isEqualTo(1);
        }
    }

    @Test
    void anOutcomeChangedBehindTheStoresBackIsReportedAtItsExactEntry() throws Exception {
        servedSession();
        DatabaseAuditLog audit = new DatabaseAuditLog(database, writer);
        assertThat(sessions.find("s1")).isPresent();
        assertThat(audit.verify().isIntact()).isTrue();
        assertThat(audit.verifySubject("s1").isIntact()).isTrue();
        assertThat(audit.verifySubject("s1").checked()).isEqualTo(6);
        long outcomeEntry = auditSeqOf("OUTCOME");

        // A tamperer turns 容缺受理 into a plain acceptance and fixes up the stored hash as well.
        behindTheStoresBack("UPDATE session_events SET payload = REPLACE(payload, 'ACCEPTED_PENDING_DOCUMENTS', 'ACCEPTED'),"
                + " payload_sha256 = '" + "0".repeat(64) + "' WHERE session_id = 's1' AND kind = 'OUTCOME'");

        var check = audit.verify();
        assertThat(check.isIntact()).isFalse();
        assertThat(check.problem()).isEqualTo(cn.remotewindow.signaling.record.audit.ChainCheck.Problem.RECORD_ALTERED);
        assertThat(check.brokenAt()).isEqualTo(outcomeEntry);
        // The record's own check, as its detail page shows it, finds the same entry.
        assertThat(audit.verifySubject("s1").brokenAt()).isEqualTo(outcomeEntry);
    }

    @Test
    void aDeletedEventIsReportedAsMissingAtItsEntry() throws Exception {
        servedSession();
        DatabaseAuditLog audit = new DatabaseAuditLog(database, writer);
        assertThat(sessions.find("s1")).isPresent();
        long ratedEntry = auditSeqOf("RATED");
        behindTheStoresBack("DELETE FROM session_events WHERE session_id = 's1' AND kind = 'RATED'");

        var check = audit.verify();
        assertThat(check.problem()).isEqualTo(cn.remotewindow.signaling.record.audit.ChainCheck.Problem.RECORD_MISSING);
        assertThat(check.brokenAt()).isEqualTo(ratedEntry);
        assertThat(audit.verifySubject("s1").problem()).isEqualTo(cn.remotewindow.signaling.record.audit.ChainCheck.Problem.RECORD_MISSING);
    }
}
