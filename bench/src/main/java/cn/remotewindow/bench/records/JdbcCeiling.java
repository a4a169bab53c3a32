package cn.remotewindow.bench.records;

import cn.remotewindow.signaling.record.SessionEvent;
import cn.remotewindow.signaling.record.audit.AuditHashes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bench/run records --jdbc-ceiling}: the same rows the records store writes for a session
 * (eight events, eight hash-chained audit entries, the session's row, its expert, its case; the
 * chain's head once per transaction) written with nothing but plain JDBC batches on one thread —
 * no R2DBC, no reactor, no writer queue, no fold. What one writer can reach at most on this
 * machine and database; the store's own rate is measured against it. JSON and hashing run on the
 * same thread (in the server they run on the callers').
 */
final class JdbcCeiling {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private JdbcCeiling() {
    }

    /** Sessions per second over {@code sessions}, after 2,000 warm-up ones; the schema must be migrated. */
    static double measure(String url, String user, int sessions, int perTransaction) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, "");
             PreparedStatement events = c.prepareStatement("INSERT INTO session_events (event_key, session_id, seq, kind,"
                     + " at, payload, payload_sha256, audit_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement audit = c.prepareStatement("INSERT INTO audit_log (seq, at, actor, action, subject, detail,"
                     + " previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement rows = c.prepareStatement("INSERT INTO sessions (session_id, kiosk_id, kiosk_name, district,"
                     + " skill, item_code, department_code, case_number, priority, requested_at, service_day, accepted_at,"
                     + " connected_at, ended_at, expert_id, served_by, transfers, ended_by, end_reason, wait_ms, handle_ms,"
                     + " outcome, outcome_at, missing_documents, rating, event_count, updated_at)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement experts = c.prepareStatement("INSERT INTO session_experts (session_id, expert_id,"
                     + " requested_at, first_at) VALUES (?, ?, ?, ?)");
             PreparedStatement cases = c.prepareStatement("INSERT INTO cases (case_number, item_code, department_code,"
                     + " district, kiosk_id, first_session, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
             PreparedStatement lock = c.prepareStatement("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE");
             PreparedStatement head = c.prepareStatement("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1")) {
            c.setAutoCommit(false);
            SessionGenerator generator = new SessionGenerator(20261122);
            long sequence = 0;
            String previous = null;
            long start = 0;
            for (int n = 0; n < sessions; n++) {
                if (n == Math.min(2_000, sessions / 2)) {
                    start = System.nanoTime();
                }
                if (n % perTransaction == 0) {
                    try (var r = lock.executeQuery()) {
                        r.next();
                        sequence = r.getLong(1);
                        previous = r.getString(2).trim();
                    }
                }
                List<SessionEvent> session = generator.session(n);
                SessionEvent first = session.get(0);
                int seq = 0;
                for (SessionEvent event : session) {
                    String payload = JSON.writeValueAsString(event);
                    String sha = sha256(payload);
                    Instant at = event.at().truncatedTo(ChronoUnit.MICROS);
                    sequence++;
                    seq++;
                    String detail = "{\"kind\":\"" + event.kind() + "\",\"seq\":" + seq + ",\"sha256\":\"" + sha + "\"}";
                    String actor = event.expertId() == null ? "SYSTEM" : "EXPERT:" + event.expertId();
                    String action = "SESSION_" + event.kind();
                    String hash = AuditHashes.of(previous, sequence, at, actor, action, event.sessionId(), detail);
                    events.setString(1, event.sessionId() + "/" + sha);
                    events.setString(2, event.sessionId());
                    events.setInt(3, seq);
                    events.setString(4, event.kind().name());
                    events.setObject(5, at.atOffset(ZoneOffset.UTC));
                    events.setString(6, payload);
                    events.setString(7, sha);
                    events.setLong(8, sequence);
                    events.addBatch();
                    audit.setLong(1, sequence);
                    audit.setObject(2, at.atOffset(ZoneOffset.UTC));
                    audit.setString(3, actor);
                    audit.setString(4, action);
                    audit.setString(5, event.sessionId());
                    audit.setString(6, detail);
                    audit.setString(7, previous);
                    audit.setString(8, hash);
                    audit.addBatch();
                    previous = hash;
                }
                SessionEvent accepted = session.get(3);
                SessionEvent connected = session.get(4);
                SessionEvent outcome = session.get(5);
                SessionEvent ended = session.get(6);
                var request = first.request();
                Object[] values = {first.sessionId(), request.kioskId(), request.kioskName(), request.district(),
                        request.skill(), request.itemCode(), request.departmentCode(), request.caseNumber(),
                        request.priority().name(), utc(request.requestedAt()),
                        request.requestedAt().atZone(SHANGHAI).toLocalDate(), utc(accepted.at()), utc(connected.at()),
                        utc(ended.at()), accepted.expertId(), accepted.expertId(), 0, "EXPERT", "HANGUP",
                        accepted.at().toEpochMilli() - request.requestedAt().toEpochMilli(),
                        ended.at().toEpochMilli() - connected.at().toEpochMilli(), outcome.outcome().outcome().name(),
                        utc(outcome.at()), outcome.outcome().missingDocuments().size(), session.get(7).rating().name(), 8,
                        utc(session.get(7).at())};
                for (int i = 0; i < values.length; i++) {
                    rows.setObject(i + 1, values[i]);
                }
                rows.addBatch();
                experts.setString(1, first.sessionId());
                experts.setString(2, accepted.expertId());
                experts.setObject(3, utc(request.requestedAt()));
                experts.setObject(4, utc(accepted.at()));
                experts.addBatch();
                cases.setString(1, request.caseNumber());
                cases.setString(2, request.itemCode());
                cases.setString(3, request.departmentCode());
                cases.setString(4, request.district());
                cases.setString(5, request.kioskId());
                cases.setString(6, first.sessionId());
                cases.setObject(7, utc(request.requestedAt()));
                cases.addBatch();
                if ((n + 1) % perTransaction == 0 || n == sessions - 1) {
                    events.executeBatch();
                    audit.executeBatch();
                    rows.executeBatch();
                    experts.executeBatch();
                    cases.executeBatch();
                    head.setLong(1, sequence);
                    head.setString(2, previous);
                    head.executeUpdate();
                    c.commit();
                }
            }
            int measured = sessions - Math.min(2_000, sessions / 2);
            return measured / ((System.nanoTime() - start) / 1e9);
        }
    }

    private static java.time.OffsetDateTime utc(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
