package cn.remotewindow.signaling.record.store;

import static cn.remotewindow.signaling.record.store.DatabaseSessionRecords.millisBetween;
import static cn.remotewindow.signaling.record.store.DatabaseSessionRecords.utc;

import cn.remotewindow.signaling.record.CaseRequest;
import cn.remotewindow.signaling.record.SessionEvent;
import cn.remotewindow.signaling.record.SessionRecord;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import reactor.core.publisher.Mono;

/** Writes a session's row ({@code sessions}) and its case ({@code cases}) from the fold of its events. */
final class SessionRows {

    private static final String COLUMNS = "kiosk_id, kiosk_name, district, skill, item_code, department_code, case_number,"
            + " priority, requested_at, service_day, accepted_at, connected_at, ended_at, expert_id, served_by, transfers, ended_by,"
            + " end_reason, wait_ms, handle_ms, outcome, outcome_at, missing_documents, rating, event_count, updated_at";

    private SessionRows() {
    }

    /** Updates the session's row, or inserts it on the first event. */
    static Mono<Void> upsert(DatabaseClient client, SessionRecord fold, java.util.List<SessionEvent> events, Instant at,
                             java.time.ZoneId zone) {
        StringBuilder set = new StringBuilder();
        for (String column : COLUMNS.split(",\\s*")) {
            set.append(set.isEmpty() ? "" : ", ").append(column).append(" = :").append(column);
        }
        GenericExecuteSpec update = bind(client.sql("UPDATE sessions SET " + set + " WHERE session_id = :session_id"),
                fold, events, at, zone);
        return update.fetch().rowsUpdated().flatMap(updated -> updated > 0 ? Mono.<Void>empty()
                : bind(client.sql("INSERT INTO sessions (session_id, " + COLUMNS + ") VALUES (:session_id, :"
                        + String.join(", :", COLUMNS.split(",\\s*")) + ")"), fold, events, at, zone).then());
    }

    private static GenericExecuteSpec bind(GenericExecuteSpec spec, SessionRecord fold, java.util.List<SessionEvent> events,
                                           Instant at, java.time.ZoneId zone) {
        CaseRequest request = fold.request();
        String caseNumber = fold.outcome() != null && fold.outcome().caseNumber() != null
                ? fold.outcome().caseNumber() : request.caseNumber();
        spec = spec.bind("session_id", fold.sessionId()).bind("kiosk_id", request.kioskId());
        spec = Binds.nullable(spec, "kiosk_name", request.kioskName(), String.class);
        spec = Binds.nullable(spec, "district", request.district(), String.class);
        spec = Binds.nullable(spec, "skill", request.skill(), String.class);
        spec = Binds.nullable(spec, "item_code", request.itemCode(), String.class);
        spec = Binds.nullable(spec, "department_code", request.departmentCode(), String.class);
        spec = Binds.nullable(spec, "case_number", caseNumber, String.class);
        spec = Binds.nullable(spec, "priority", request.priority() == null ? null : request.priority().name(), String.class);
        spec = spec.bind("requested_at", utc(request.requestedAt()))
                .bind("service_day", request.requestedAt().atZone(zone).toLocalDate());
        spec = Binds.nullable(spec, "accepted_at", utc(fold.acceptedAt()), OffsetDateTime.class);
        spec = Binds.nullable(spec, "connected_at", utc(fold.connectedAt()), OffsetDateTime.class);
        spec = Binds.nullable(spec, "ended_at", utc(fold.endedAt()), OffsetDateTime.class);
        spec = Binds.nullable(spec, "expert_id", fold.expertId(), String.class);
        spec = Binds.nullable(spec, "served_by", fold.servedBy().isEmpty() ? null : String.join(",", fold.servedBy()),
                String.class);
        spec = spec.bind("transfers", (int) events.stream().filter(e -> e.kind() == SessionEvent.Kind.TRANSFERRED).count());
        spec = Binds.nullable(spec, "ended_by", fold.endedBy() == null ? null : fold.endedBy().name(), String.class);
        spec = Binds.nullable(spec, "end_reason", fold.endReason() == null ? null : fold.endReason().name(), String.class);
        spec = Binds.nullable(spec, "wait_ms", millisBetween(request.requestedAt(), fold.acceptedAt()), Long.class);
        spec = Binds.nullable(spec, "handle_ms", millisBetween(fold.connectedAt(), fold.endedAt()), Long.class);
        spec = Binds.nullable(spec, "outcome", fold.outcome() == null ? null : fold.outcome().outcome().name(), String.class);
        spec = Binds.nullable(spec, "outcome_at", utc(fold.outcomeAt()), OffsetDateTime.class);
        spec = Binds.nullable(spec, "missing_documents",
                fold.outcome() == null ? null : fold.outcome().missingDocuments().size(), Integer.class);
        spec = Binds.nullable(spec, "rating", fold.rating() == null ? null : fold.rating().name(), String.class);
        return spec.bind("event_count", events.size()).bind("updated_at", utc(at));
    }

    /** The case the session is about, once a case number is known (the request's, or the outcome's). */
    static Mono<Void> noteCase(DatabaseClient client, SessionRecord fold, SessionEvent event) {
        CaseRequest request = fold.request();
        String caseNumber = fold.outcome() != null && fold.outcome().caseNumber() != null
                ? fold.outcome().caseNumber() : request.caseNumber();
        if (caseNumber == null || caseNumber.isBlank()) {
            return Mono.empty();
        }
        GenericExecuteSpec insert = client.sql("INSERT INTO cases (case_number, item_code, department_code, district,"
                        + " kiosk_id, first_session, created_at) VALUES (:case, :item, :department, :district, :kiosk,"
                        + " :session, :at) ON CONFLICT DO NOTHING")
                .bind("case", caseNumber);
        insert = Binds.nullable(insert, "item", request.itemCode(), String.class);
        insert = Binds.nullable(insert, "department", request.departmentCode(), String.class);
        insert = Binds.nullable(insert, "district", request.district(), String.class);
        return insert.bind("kiosk", request.kioskId())
                .bind("session", fold.sessionId())
                .bind("at", utc(event.at()))
                .then();
    }
}
