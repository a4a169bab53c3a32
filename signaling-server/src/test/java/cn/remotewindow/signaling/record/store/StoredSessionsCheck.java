package cn.remotewindow.signaling.record.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a stopped server's H2 records file directly (read-only JDBC) and checks that nothing in
 * it is half-written: each session's events run 1..n without a gap and start with its request;
 * each event has the audit entry that vouches for it (same subject, action, place and payload
 * hash) and each session audit entry has its event; each session's row counts its events; the
 * chain's head is its last entry. What the public API cannot show.
 */
final class StoredSessionsCheck {

    /**
     * What was found: the counts, each session's end reason (null while it has not ended), and
     * every inconsistency (none, when the file is sound).
     */
    record Report(int sessions, int events, int outcomeEvents, long auditEntries, Map<String, String> endReasons,
                  List<String> problems) {

        long unended() {
            return endReasons.values().stream().filter(java.util.Objects::isNull).count();
        }
    }

    private final String url;

    /** @param file the JDBC file name as configured, e.g. {@code /tmp/x/records} (without .mv.db) */
    StoredSessionsCheck(String file) {
        this.url = "jdbc:h2:file:" + file + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                + ";ACCESS_MODE_DATA=r";
    }

    Report run() throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(url, "", ""); Statement sql = db.createStatement()) {
            Map<Long, String[]> audit = sessionAuditEntries(sql);
            Map<String, Integer> eventCounts = new HashMap<>();
            Set<Long> vouchedFor = new HashSet<>();
            int events = 0;
            int outcomes = 0;
            try (ResultSet rows = sql.executeQuery("SELECT session_id, seq, kind, payload_sha256, audit_seq"
                    + " FROM session_events ORDER BY session_id, seq")) {
                String session = null;
                int expected = 0;
                long lastAudit = 0;
                while (rows.next()) {
                    events++;
                    String id = rows.getString("session_id");
                    int seq = rows.getInt("seq");
                    String kind = rows.getString("kind");
                    long auditSeq = rows.getLong("audit_seq");
                    if (!id.equals(session)) {
                        session = id;
                        expected = 1;
                        lastAudit = 0;
                        if (!"REQUESTED".equals(kind)) {
                            problems.add(id + ": first event is " + kind + ", not REQUESTED");
                        }
                    }
                    if (seq != expected) {
                        problems.add(id + ": event " + seq + " where " + expected + " was due (a gap)");
                    }
                    expected = seq + 1;
                    if (auditSeq <= lastAudit) {
                        problems.add(id + ": event " + seq + " audited at " + auditSeq + ", not after " + lastAudit);
                    }
                    lastAudit = auditSeq;
                    eventCounts.merge(id, 1, Integer::sum);
                    if ("OUTCOME".equals(kind)) {
                        outcomes++;
                    }
                    vouchedFor.add(auditSeq);
                    checkVoucher(id, seq, kind, rows.getString("payload_sha256").trim(), audit.get(auditSeq), auditSeq,
                            problems);
                }
            }
            audit.keySet().stream().filter(seq -> !vouchedFor.contains(seq)).sorted().forEach(seq ->
                    problems.add("audit entry " + seq + " (" + audit.get(seq)[1] + " of " + audit.get(seq)[0]
                            + ") vouches for an event that is not there"));
            Map<String, String> endReasons = checkSessionRows(sql, eventCounts, problems);
            long entries = checkHead(sql, problems);
            return new Report(eventCounts.size(), events, outcomes, entries, endReasons, problems);
        }
    }

    /** seq -> {subject, action, detail} of every audit entry about a session event. */
    private static Map<Long, String[]> sessionAuditEntries(Statement sql) throws SQLException {
        Map<Long, String[]> entries = new HashMap<>();
        try (ResultSet rows = sql.executeQuery("SELECT seq, subject, action, detail FROM audit_log"
                + " WHERE action LIKE 'SESSION\\_%'")) {
            while (rows.next()) {
                entries.put(rows.getLong("seq"),
                        new String[] {rows.getString("subject"), rows.getString("action"), rows.getString("detail")});
            }
        }
        return entries;
    }

    private static void checkVoucher(String session, int seq, String kind, String sha, String[] entry, long auditSeq,
                                     List<String> problems) {
        if (entry == null) {
            problems.add(session + ": event " + seq + " (" + kind + ") has no audit entry " + auditSeq);
            return;
        }
        RecordJson.AuditedEvent detail = RecordJson.auditedEvent(entry[2]);
        if (!session.equals(entry[0]) || !("SESSION_" + kind).equals(entry[1]) || detail.seq() != seq
                || !kind.equals(detail.kind()) || !sha.equals(detail.sha256())) {
            problems.add(session + ": event " + seq + " (" + kind + ") does not match its audit entry " + auditSeq
                    + ": " + String.join(" ", entry));
        }
    }

    /** Returns each session's end reason (null: not ended). */
    private static Map<String, String> checkSessionRows(Statement sql, Map<String, Integer> eventCounts,
                                                        List<String> problems) throws SQLException {
        Map<String, String> endReasons = new HashMap<>();
        try (ResultSet rows = sql.executeQuery("SELECT session_id, event_count, end_reason FROM sessions")) {
            while (rows.next()) {
                String id = rows.getString("session_id");
                endReasons.put(id, rows.getString("end_reason"));
                Integer counted = eventCounts.get(id);
                if (counted == null || counted != rows.getInt("event_count")) {
                    problems.add(id + ": the session's row counts " + rows.getInt("event_count") + " events, "
                            + counted + " are stored");
                }
            }
        }
        eventCounts.keySet().stream().filter(id -> !endReasons.containsKey(id))
                .forEach(id -> problems.add(id + ": events without the session's row"));
        return endReasons;
    }

    /** The head must name the last entry, and the entries must run 1..head without a gap. */
    private static long checkHead(Statement sql, List<String> problems) throws SQLException {
        try (ResultSet rows = sql.executeQuery("SELECT h.seq AS head_seq, h.hash AS head_hash, l.hash AS last_hash,"
                + " (SELECT COUNT(*) FROM audit_log) AS entries, (SELECT MAX(seq) FROM audit_log) AS last_seq"
                + " FROM audit_head h LEFT JOIN audit_log l ON l.seq = h.seq WHERE h.id = 1")) {
            if (!rows.next()) {
                problems.add("audit_head has no row");
                return 0;
            }
            long head = rows.getLong("head_seq");
            long entries = rows.getLong("entries");
            if (head != rows.getLong("last_seq") || head != entries) {
                problems.add("audit head at " + head + ", last entry " + rows.getLong("last_seq") + ", " + entries
                        + " entries");
            }
            String lastHash = rows.getString("last_hash");
            if (lastHash == null || !lastHash.trim().equals(rows.getString("head_hash").trim())) {
                problems.add("audit head's hash is not its entry's: " + rows.getString("head_hash") + " / " + lastHash);
            }
            return entries;
        }
    }
}
