package cn.remotewindow.signaling.record.search;

import cn.remotewindow.signaling.record.store.RecordsDatabase;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The auditors' verification list, newest first, filtered and paged by the database. */
public final class VerificationSearch {

    private final RecordsDatabase database;
    private final ZoneId zone;

    public VerificationSearch(RecordsDatabase database, ZoneId zone) {
        this.database = database;
        this.zone = zone;
    }

    public Page<VerificationRow> find(VerificationFilter filter, int page, int size) {
        if (page < 0 || size < 1 || size > PageRequest.MAX_SIZE) {
            throw new IllegalArgumentException("'page' counts from 0 and 'size' is 1 to " + PageRequest.MAX_SIZE);
        }
        SessionSearch.Where where = where(filter);
        String from = " FROM verifications v LEFT JOIN sessions s ON s.session_id = v.session_id" + where.sql();
        List<VerificationRow> rows = where.bind(database.client().sql("SELECT v.verification_id, v.session_id,"
                        + " v.case_number, v.item_code, s.district, v.kiosk_id, v.expert_id, v.opened_at, v.phase,"
                        + " v.machine_verdict, v.decision, v.method, v.closed_at" + from
                        + " ORDER BY v.opened_at DESC, v.verification_id DESC LIMIT :limit OFFSET :offset"))
                .bind("limit", size)
                .bind("offset", (long) page * size)
                .map((r, meta) -> new VerificationRow(r.get("verification_id", String.class), r.get("session_id", String.class),
                        r.get("case_number", String.class), r.get("item_code", String.class), r.get("district", String.class),
                        r.get("kiosk_id", String.class), r.get("expert_id", String.class),
                        r.get("opened_at", OffsetDateTime.class).toInstant(), r.get("phase", String.class),
                        r.get("machine_verdict", String.class), r.get("decision", String.class), r.get("method", String.class),
                        r.get("closed_at", OffsetDateTime.class) == null ? null : r.get("closed_at", OffsetDateTime.class).toInstant()))
                .all()
                .collectList()
                .block();
        Long total = where.bind(database.client().sql("SELECT COUNT(*) AS n" + from))
                .map((r, meta) -> ((Number) r.get("n")).longValue())
                .one()
                .block();
        return new Page<>(rows, total == null ? 0 : total, page, size);
    }

    private SessionSearch.Where where(VerificationFilter f) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>();
        if (f.from() != null) {
            conditions.add("v.opened_at >= :from");
            values.put("from", f.from().atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC));
        }
        if (f.to() != null) {
            conditions.add("v.opened_at < :to");
            values.put("to", f.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC));
        }
        equal(conditions, values, "s.district", "district", f.district());
        equal(conditions, values, "v.kiosk_id", "kiosk", f.kioskId());
        equal(conditions, values, "v.expert_id", "expert", f.expertId());
        equal(conditions, values, "v.item_code", "item", f.itemCode());
        equal(conditions, values, "v.case_number", "case", f.caseNumber());
        if (f.result() != null && !f.result().isBlank()) {
            if ("NONE".equals(f.result().trim())) {
                conditions.add("v.decision IS NULL AND v.machine_verdict IS NULL");
            } else {
                conditions.add("COALESCE(v.decision, v.machine_verdict) = :result");
                values.put("result", f.result().trim());
            }
        }
        return new SessionSearch.Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), values);
    }

    private static void equal(List<String> conditions, Map<String, Object> values, String column, String name, String value) {
        if (value != null && !value.isBlank()) {
            conditions.add(column + " = :" + name);
            values.put(name, value.trim());
        }
    }
}
