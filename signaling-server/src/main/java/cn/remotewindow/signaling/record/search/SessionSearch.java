package cn.remotewindow.signaling.record.search;

import cn.remotewindow.signaling.record.store.RecordsDatabase;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/**
 * The auditors' session list: filtered, sorted and paged by the database, over the sessions' rows.
 * Every condition binds its value; only fixed column names are ever put into the SQL.
 */
public final class SessionSearch {

    static final String COLUMNS = "session_id, case_number, kiosk_id, kiosk_name, district, department_code, item_code,"
            + " priority, requested_at, accepted_at, connected_at, ended_at, expert_id, served_by, transfers, end_reason,"
            + " wait_ms, handle_ms, outcome, missing_documents, rating, verification_result";

    private final RecordsDatabase database;
    private final ZoneId zone;

    public SessionSearch(RecordsDatabase database, ZoneId zone) {
        this.database = database;
        this.zone = zone;
    }

    public Page<SessionRow> find(SessionFilter filter, PageRequest page) {
        Where where = where(filter);
        // NULLS LAST only where a column can be null: on requested_at (never null) it would keep the
        // databases from reading the index in order and make them sort the whole range instead.
        String direction = page.descending() ? " DESC" : " ASC";
        String order = page.sort().column() + direction + (page.sort().nullable() ? " NULLS LAST" : "")
                + ", session_id" + direction;
        List<SessionRow> rows = where.bind(database.client().sql("SELECT " + COLUMNS + " FROM sessions s"
                        + indexHint(filter, page) + where.sql()
                        + " ORDER BY " + order + " LIMIT :limit OFFSET :offset"))
                .bind("limit", page.size())
                .bind("offset", page.offset())
                .map((row, meta) -> row(row))
                .all()
                .collectList()
                .block();
        Long total = where.bind(database.client().sql("SELECT COUNT(*) AS n FROM sessions s" + where.sql()))
                .map((row, meta) -> ((Number) row.get("n")).longValue())
                .one()
                .block();
        return new Page<>(rows, total == null ? 0 : total, page.page(), page.size());
    }

    /**
     * H2 picks its index by the WHERE clause alone and then sorts what it read: "longest waits
     * first" over a month read and sorted a third of all sessions (165 ms at 100,000). Walking the
     * wait index and stopping after a page of rows in the range is what PostgreSQL chooses by
     * itself (0.3 ms); H2 is told so — only when no filter but the days narrows the rows, where
     * the filter's own index is better.
     */
    private String indexHint(SessionFilter f, PageRequest page) {
        boolean narrowed = present(f.district()) || present(f.kioskId()) || present(f.expertId())
                || present(f.departmentCode()) || present(f.itemCode()) || present(f.caseNumber())
                || present(f.outcome()) || present(f.verificationResult());
        return database.kind() == RecordsDatabase.Kind.H2 && page.sort() == SessionSort.WAIT && page.descending()
                && !narrowed ? " USE INDEX (sessions_wait)" : "";
    }

    /** Every row the filter selects, in pages, oldest first: for the CSV export. */
    public void each(SessionFilter filter, int pageSize, java.util.function.Consumer<SessionRow> sink) {
        for (int page = 0; ; page++) {
            Page<SessionRow> rows = find(filter, new PageRequest(page, pageSize, SessionSort.REQUESTED_AT, false));
            rows.items().forEach(sink);
            if (rows.items().size() < pageSize) {
                return;
            }
        }
    }

    /** The WHERE clause of a filter and the values it binds. */
    record Where(String sql, Map<String, Object> values) {

        GenericExecuteSpec bind(GenericExecuteSpec spec) {
            for (Map.Entry<String, Object> value : values.entrySet()) {
                spec = spec.bind(value.getKey(), value.getValue());
            }
            return spec;
        }
    }

    Where where(SessionFilter f) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>();
        if (f.from() != null) {
            conditions.add("requested_at >= :from");
            values.put("from", f.from().atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC));
        }
        if (f.to() != null) {
            conditions.add("requested_at < :to");
            values.put("to", f.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC));
        }
        equal(conditions, values, "district", f.district());
        equal(conditions, values, "kiosk_id", f.kioskId());
        equal(conditions, values, "department_code", f.departmentCode());
        equal(conditions, values, "item_code", f.itemCode());
        equal(conditions, values, "case_number", f.caseNumber());
        orNone(conditions, values, "outcome", f.outcome());
        orNone(conditions, values, "verification_result", f.verificationResult());
        if (present(f.expertId())) {
            // From the expert's index (expert_id, requested_at), bounded by the same days, rather than
            // a lookup per session of the range.
            StringBuilder served = new StringBuilder("s.session_id IN (SELECT e.session_id FROM session_experts e"
                    + " WHERE e.expert_id = :expert");
            if (f.from() != null) {
                served.append(" AND e.requested_at >= :from");
            }
            if (f.to() != null) {
                served.append(" AND e.requested_at < :to");
            }
            conditions.add(served.append(')').toString());
            values.put("expert", f.expertId().trim());
        }
        return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), values);
    }

    private static void equal(List<String> conditions, Map<String, Object> values, String column, String value) {
        if (present(value)) {
            conditions.add(column + " = :" + column);
            values.put(column, value.trim());
        }
    }

    /** {@code NONE} selects the rows without a value. */
    private static void orNone(List<String> conditions, Map<String, Object> values, String column, String value) {
        if (!present(value)) {
            return;
        }
        if ("NONE".equals(value.trim())) {
            conditions.add(column + " IS NULL");
        } else {
            equal(conditions, values, column, value);
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    static SessionRow row(Readable r) {
        String servedBy = r.get("served_by", String.class);
        return new SessionRow(r.get("session_id", String.class), r.get("case_number", String.class),
                r.get("kiosk_id", String.class), r.get("kiosk_name", String.class), r.get("district", String.class),
                r.get("department_code", String.class), r.get("item_code", String.class), r.get("priority", String.class),
                instant(r, "requested_at"), instant(r, "accepted_at"), instant(r, "connected_at"), instant(r, "ended_at"),
                r.get("expert_id", String.class),
                servedBy == null || servedBy.isEmpty() ? List.of() : Arrays.asList(servedBy.split(",")),
                r.get("transfers", Integer.class), r.get("end_reason", String.class), r.get("wait_ms", Long.class),
                r.get("handle_ms", Long.class), r.get("outcome", String.class), r.get("missing_documents", Integer.class),
                r.get("rating", String.class), r.get("verification_result", String.class));
    }

    private static Instant instant(Readable r, String column) {
        OffsetDateTime at = r.get(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
