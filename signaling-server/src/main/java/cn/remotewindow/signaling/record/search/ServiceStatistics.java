package cn.remotewindow.signaling.record.search;

import cn.remotewindow.signaling.record.store.RecordsDatabase;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes {@link ServiceFigures} in the database, with the same filter as the session list, in
 * SQL both H2 and PostgreSQL run (PERCENTILE_CONT ... WITHIN GROUP, grouping by service_day).
 */
public final class ServiceStatistics {

    private static final List<String> FIRST_TIME = List.of("COMPLETED", "ACCEPTED");

    private final RecordsDatabase database;
    private final SessionSearch search;

    public ServiceStatistics(RecordsDatabase database, SessionSearch search) {
        this.database = database;
        this.search = search;
    }

    public ServiceFigures figures(SessionFilter filter) {
        SessionSearch.Where where = search.where(filter);
        List<ServiceFigures.DayCount> perDay = where.bind(database.client().sql(
                        "SELECT service_day, district, COUNT(*) AS n FROM sessions s" + where.sql()
                                + " GROUP BY service_day, district ORDER BY service_day, district"))
                .map((row, meta) -> new ServiceFigures.DayCount(row.get("service_day", LocalDate.class),
                        row.get("district", String.class), number(row.get("n"))))
                .all()
                .collectList()
                .block();
        Map<String, Long> outcomes = counts(where, "outcome");
        Map<String, Long> ratings = counts(where, "rating");
        long sessions = outcomes.values().stream().mapToLong(Long::longValue).sum();
        long withOutcome = outcomes.entrySet().stream().filter(e -> !e.getKey().equals("NONE"))
                .mapToLong(Map.Entry::getValue).sum();
        long firstTime = FIRST_TIME.stream().mapToLong(o -> outcomes.getOrDefault(o, 0L)).sum();
        long[] verifications = verifications(where);
        return new ServiceFigures(sessions, perDay, durations(where, "wait_ms"), durations(where, "handle_ms"), outcomes,
                withOutcome == 0 ? null : (double) firstTime / withOutcome, verifications[0],
                verifications[0] == 0 ? null : (double) verifications[1] / verifications[0], ratings);
    }

    private Map<String, Long> counts(SessionSearch.Where where, String column) {
        Map<String, Long> counts = new LinkedHashMap<>();
        // column is one of two constants of this class, never input.
        where.bind(database.client().sql("SELECT " + column + " AS v, COUNT(*) AS n FROM sessions s" + where.sql()
                        + " GROUP BY " + column + " ORDER BY " + column))
                .map((row, meta) -> Map.entry(row.get("v") == null ? "NONE" : row.get("v", String.class), number(row.get("n"))))
                .all()
                .doOnNext(e -> counts.put(e.getKey(), e.getValue()))
                .blockLast();
        return counts;
    }

    private ServiceFigures.Durations durations(SessionSearch.Where where, String column) {
        String notNull = (where.sql().isEmpty() ? " WHERE " : where.sql() + " AND ") + column + " IS NOT NULL";
        return where.bind(database.client().sql("SELECT PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY " + column + ") AS p50,"
                        + " PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY " + column + ") AS p90, COUNT(" + column + ") AS n"
                        + " FROM sessions s" + notNull))
                .map((row, meta) -> new ServiceFigures.Durations(rounded(row.get("p50")), rounded(row.get("p90")),
                        number(row.get("n"))))
                .one()
                .block();
    }

    /** [decided, passed] among the verifications of the selected sessions. */
    private long[] verifications(SessionSearch.Where where) {
        return where.bind(database.client().sql("SELECT COUNT(v.decision) AS decided,"
                        + " SUM(CASE WHEN v.decision = 'PASS' THEN 1 ELSE 0 END) AS passed"
                        + " FROM verifications v WHERE v.session_id IN (SELECT s.session_id FROM sessions s" + where.sql() + ")"))
                .map((row, meta) -> new long[] {number(row.get("decided")), number(row.get("passed"))})
                .one()
                .block();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Long rounded(Object value) {
        return value == null ? null : Math.round(((Number) value).doubleValue());
    }
}
