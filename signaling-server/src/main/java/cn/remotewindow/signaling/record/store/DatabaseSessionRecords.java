package cn.remotewindow.signaling.record.store;

import cn.remotewindow.signaling.record.CaseRequest;
import cn.remotewindow.signaling.record.SessionEvent;
import cn.remotewindow.signaling.record.SessionRecord;
import cn.remotewindow.signaling.record.SessionRecorder;
import cn.remotewindow.signaling.record.SessionRecords;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Sessions in the records database: every event a row of {@code session_events} with an audit
 * entry vouching for its payload, and the session's row in {@code sessions} (the fold of its
 * events, for the auditors' lists) kept current in the same transaction. Recording never blocks
 * the caller ({@link #record}); {@link #recordConfirmed} waits for the commit. Reads first let
 * the writes submitted before them commit, so that a reader sees what was recorded.
 */
public final class DatabaseSessionRecords implements SessionRecorder, SessionRecords {

    /** Sessions whose events the writer keeps at hand (a session's events fold into its row). */
    private static final int FOLD_CACHE = 10_000;
    private static final Logger log = LoggerFactory.getLogger(DatabaseSessionRecords.class);

    private final RecordsDatabase database;
    private final RecordWriter writer;
    /** Owned by the writer's thread: only touched inside writes. */
    private final Map<String, List<SessionEvent>> folds = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<SessionEvent>> eldest) {
            return size() > FOLD_CACHE;
        }
    };

    private final java.time.ZoneId zone;

    /** @param zone the service's time zone: the day a session counts for in the statistics */
    public DatabaseSessionRecords(RecordsDatabase database, RecordWriter writer, java.time.ZoneId zone) {
        this.database = database;
        this.writer = writer;
        this.zone = zone;
    }

    @Override
    public void record(SessionEvent event) {
        submit(event).whenComplete((ok, failure) -> {
            if (failure != null) {
                log.error("session {}: {} was not recorded", event.sessionId(), event.kind(), failure);
            }
        });
    }

    /** Queues the event; the future completes once it is committed (or fails with why not). */
    public java.util.concurrent.CompletableFuture<Void> submit(SessionEvent event) {
        Sealed sealed = Sealed.of(event);
        return writer.submit(scope -> write(scope, sealed));
    }

    @Override
    public java.util.concurrent.CompletableFuture<Void> recordSafely(SessionEvent event) {
        return submit(event);
    }

    @Override
    public void recordConfirmed(SessionEvent event) {
        Sealed sealed = Sealed.of(event);
        writer.write(scope -> write(scope, sealed));
    }

    /**
     * An event with its stored JSON and that text's SHA-256, made by the caller: the one writer
     * thread is what limits how many records a second the store takes, so what can be done before
     * it is done before it.
     */
    private record Sealed(SessionEvent event, String payload, String sha) {
        static Sealed of(SessionEvent event) {
            String payload = RecordJson.write(event);
            return new Sealed(event, payload, RecordJson.sha256(payload));
        }
    }

    private Mono<Void> write(WriteScope scope, Sealed sealed) {
        SessionEvent event = sealed.event();
        String sessionId = event.sessionId();
        return eventsSoFar(scope, sessionId).flatMap(events -> {
            int seq = events.size() + 1;
            String payload = sealed.payload();
            String sha = sealed.sha();
            String key = sessionId + "/" + sha;
            // A retried write of the same event, or an outcome submitted again as it stands (the
            // console retrying after a lost answer), changes nothing: nothing more happens.
            if (events.contains(event) || sameOutcomeAgain(events, event)) {
                return Mono.empty();
            }
            List<SessionEvent> after = new ArrayList<>(events);
            after.add(event);
            SessionRecord fold = SessionRecord.of(sessionId, after);
            boolean first = events.isEmpty();
            return scope.audit(event.at(), actor(event), "SESSION_" + event.kind().name(), sessionId,
                            RecordJson.auditDetail(event.kind().name(), seq, sha))
                    .doOnNext(entry -> {
                        scope.later().add("INSERT INTO session_events (event_key, session_id, seq, kind, at, payload,"
                                        + " payload_sha256, audit_seq) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                                key, sessionId, seq, event.kind().name(), utc(event.at()), payload, sha, entry.sequence());
                        SessionRows.of(scope, zone).touched(fold, after, event.at(), first);
                        servedBy(scope, event, fold);
                        folds.put(sessionId, after);
                        scope.onRollback(() -> folds.remove(sessionId));
                    })
                    .then();
        });
    }

    private static boolean sameOutcomeAgain(List<SessionEvent> events, SessionEvent event) {
        if (event.kind() != SessionEvent.Kind.OUTCOME) {
            return false;
        }
        for (int i = events.size() - 1; i >= 0; i--) {
            SessionEvent earlier = events.get(i);
            if (earlier.kind() == SessionEvent.Kind.OUTCOME) {
                return java.util.Objects.equals(earlier.outcome(), event.outcome())
                        && java.util.Objects.equals(earlier.expertId(), event.expertId());
            }
        }
        return false;
    }

    private Mono<List<SessionEvent>> eventsSoFar(WriteScope scope, String sessionId) {
        List<SessionEvent> cached = folds.get(sessionId);
        if (cached != null) {
            return Mono.just(cached);
        }
        return scope.client().sql("SELECT payload FROM session_events WHERE session_id = :session ORDER BY seq")
                .bind("session", sessionId)
                .map((row, meta) -> RecordJson.read(row.get("payload", String.class), SessionEvent.class))
                .all()
                .collectList();
    }

    private static void servedBy(WriteScope scope, SessionEvent event, SessionRecord fold) {
        boolean serves = (event.kind() == SessionEvent.Kind.ACCEPTED || event.kind() == SessionEvent.Kind.JOINED)
                && event.expertId() != null;
        if (serves) {
            scope.later().add("INSERT INTO session_experts (session_id, expert_id, requested_at, first_at)"
                            + " VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
                    event.sessionId(), event.expertId(), utc(fold.request().requestedAt()), utc(event.at()));
        }
    }

    /** Who caused the event, for the audit log. */
    private static String actor(SessionEvent event) {
        return switch (event.kind()) {
            case REQUESTED, RATED, DOCUMENT_UPLOADED, DOCUMENT_PROBLEM, SIGNED -> "KIOSK:" + event.kioskId();
            case ENDED -> event.endedBy() == null ? "SYSTEM" : event.endedBy() == cn.remotewindow.protocol.Role.KIOSK
                    ? "KIOSK:" + event.kioskId() : "EXPERT:" + event.expertId();
            case QUEUED, RUNG, RING_TIMEOUT -> "SYSTEM";
            default -> event.expertId() == null ? "SYSTEM" : "EXPERT:" + event.expertId();
        };
    }

    @Override
    public List<SessionRecord> servedBy(String expertId, int limit) {
        settle();
        List<String> ids = database.client()
                .sql("SELECT session_id FROM session_experts WHERE expert_id = :expert ORDER BY first_at DESC LIMIT :limit")
                .bind("expert", expertId)
                .bind("limit", limit)
                .map((row, meta) -> row.get("session_id", String.class))
                .all()
                .collectList()
                .block();
        List<SessionRecord> records = new ArrayList<>(ids.size());
        for (String id : ids) {
            records.add(SessionRecord.of(id, events(id)));
        }
        return records;
    }

    @Override
    public Optional<SessionRecord> find(String sessionId) {
        settle();
        List<SessionEvent> events = events(sessionId);
        return events.isEmpty() ? Optional.empty() : Optional.of(SessionRecord.of(sessionId, events));
    }

    @Override
    public List<SessionEvent> eventsOf(String sessionId) {
        settle();
        return events(sessionId);
    }

    @Override
    public List<SessionRecord> unfinished(Instant since) {
        settle();
        List<String> ids = database.client()
                .sql("SELECT session_id FROM sessions WHERE requested_at >= :since AND ended_at IS NULL"
                        + " ORDER BY requested_at, session_id")
                .bind("since", utc(since))
                .map((row, meta) -> row.get("session_id", String.class))
                .all()
                .collectList()
                .block();
        List<SessionRecord> records = new ArrayList<>(ids.size());
        for (String id : ids) {
            records.add(SessionRecord.of(id, events(id)));
        }
        return records;
    }

    private List<SessionEvent> events(String sessionId) {
        return database.client().sql("SELECT payload FROM session_events WHERE session_id = :session ORDER BY seq")
                .bind("session", sessionId)
                .map((row, meta) -> RecordJson.read(row.get("payload", String.class), SessionEvent.class))
                .all()
                .collectList()
                .block();
    }

    /** Waits until the writes submitted so far have committed (the writer keeps their order). */
    private void settle() {
        writer.write(scope -> Mono.empty());
    }

    static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    static Long millisBetween(Instant from, Instant to) {
        return from == null || to == null ? null : Duration.between(from, to).toMillis();
    }

    static String requestKiosk(CaseRequest request) {
        return request == null ? null : request.kioskId();
    }
}
