package cn.remotewindow.signaling.record.store;

import static cn.remotewindow.signaling.record.store.DatabaseSessionRecords.utc;

import cn.remotewindow.protocol.message.VerifyPhase;
import cn.remotewindow.signaling.record.Sealed;
import cn.remotewindow.signaling.record.verification.StoredFrame;
import cn.remotewindow.signaling.record.verification.StoredImage;
import cn.remotewindow.signaling.record.verification.VerificationEvent;
import cn.remotewindow.signaling.record.verification.VerificationRecord;
import cn.remotewindow.signaling.record.verification.VerificationRecords;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Verifications in the records database: each event a row of {@code verification_events} with the
 * audit entry that vouches for its payload; the evidence images, sealed, in {@code evidence_images}
 * (an event's payload carries their hashes, not their bytes, so that retention can purge the bytes
 * and the record still verifies); the verification's row kept current for the auditors' lists.
 * {@link #append} returns once committed.
 */
public final class DatabaseVerificationRecords implements VerificationRecords {

    private static final int CACHE = 2_000;
    /** The card's chip photo among the evidence images; frames are 0, 1, ... */
    static final int CARD_PHOTO = -1;
    private static final Map<String, Class<? extends VerificationEvent>> KINDS = new HashMap<>();

    static {
        for (Class<?> kind : VerificationEvent.class.getPermittedSubclasses()) {
            KINDS.put(kind.getSimpleName(), kind.asSubclass(VerificationEvent.class));
        }
    }

    private final RecordsDatabase database;
    private final RecordWriter writer;
    /** Events (images without their bytes) by verification; owned by the writer's thread. */
    private final Map<String, List<VerificationEvent>> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<VerificationEvent>> eldest) {
            return size() > CACHE;
        }
    };

    public DatabaseVerificationRecords(RecordsDatabase database, RecordWriter writer) {
        this.database = database;
        this.writer = writer;
    }

    @Override
    public void append(VerificationEvent event) {
        writer.write(scope -> write(scope, event));
    }

    private Mono<Void> write(WriteScope scope, VerificationEvent event) {
        String id = event.verificationId();
        return eventsSoFar(scope, id).flatMap(events -> {
            if (event instanceof VerificationEvent.Opened ? !events.isEmpty() : events.isEmpty()) {
                return Mono.error(new IllegalArgumentException(events.isEmpty()
                        ? "no verification " + id : "verification " + id + " was already opened"));
            }
            VerificationEvent stored = withoutImageBytes(event);
            int seq = events.size() + 1;
            String kind = event.getClass().getSimpleName();
            String payload = RecordJson.write(stored);
            String sha = RecordJson.sha256(payload);
            List<VerificationEvent> after = new ArrayList<>(events);
            after.add(stored);
            VerificationRecord record = new VerificationRecord(after);
            return scope.audit(event.at(), actor(record.opened(), event), "VERIFICATION_" + snake(kind), id,
                            RecordJson.auditDetail(kind, seq, sha))
                    .flatMap(entry -> scope.client().sql("INSERT INTO verification_events (event_key, verification_id, seq,"
                                    + " kind, at, payload, payload_sha256, audit_seq) VALUES (:key, :id, :seq, :kind, :at,"
                                    + " :payload, :sha, :audit)")
                            .bind("key", id + "/" + seq)
                            .bind("id", id)
                            .bind("seq", seq)
                            .bind("kind", kind)
                            .bind("at", utc(event.at()))
                            .bind("payload", payload)
                            .bind("sha", sha)
                            .bind("audit", entry.sequence())
                            .then())
                    .then(images(scope, event))
                    .then(VerificationRows.upsert(scope.client(), record, event.at()))
                    .then(Mono.fromRunnable(() -> {
                        cache.put(id, after);
                        scope.onRollback(() -> cache.remove(id));
                    }));
        });
    }

    private Mono<List<VerificationEvent>> eventsSoFar(WriteScope scope, String id) {
        List<VerificationEvent> cached = cache.get(id);
        return cached != null ? Mono.just(cached) : storedEvents(scope.client().sql(
                "SELECT kind, payload FROM verification_events WHERE verification_id = :id ORDER BY seq").bind("id", id));
    }

    private static Mono<List<VerificationEvent>> storedEvents(GenericExecuteSpec query) {
        return query.map((row, meta) -> event(row.get("kind", String.class), row.get("payload", String.class)))
                .all()
                .collectList();
    }

    static VerificationEvent event(String kind, String payload) {
        Class<? extends VerificationEvent> type = KINDS.get(kind);
        if (type == null) {
            throw new IllegalStateException("unknown verification event kind " + kind);
        }
        return RecordJson.read(payload, type);
    }

    /** The evidence's images go to their own table, sealed as they came. */
    private static Mono<Void> images(WriteScope scope, VerificationEvent event) {
        if (!(event instanceof VerificationEvent.EvidenceReceived evidence)) {
            return Mono.empty();
        }
        List<Mono<Void>> inserts = new ArrayList<>();
        inserts.add(image(scope, evidence, CARD_PHOTO, evidence.cardPhoto()));
        for (StoredFrame frame : evidence.frames()) {
            inserts.add(image(scope, evidence, frame.index(), frame.image()));
        }
        return Flux.concat(inserts).then();
    }

    private static Mono<Void> image(WriteScope scope, VerificationEvent.EvidenceReceived evidence, int index, StoredImage image) {
        return scope.client().sql("INSERT INTO evidence_images (verification_id, image_index, sha256, content_type,"
                        + " size_bytes, key_id, iv, sealed_data, stored_at) VALUES (:id, :index, :sha, :type, :size,"
                        + " :key, :iv, :data, :at)")
                .bind("id", evidence.verificationId())
                .bind("index", index)
                .bind("sha", image.sha256())
                .bind("type", image.contentType())
                .bind("size", image.size())
                .bind("key", image.data().keyId())
                .bind("iv", image.data().iv())
                .bind("data", image.data().ciphertext())
                .bind("at", utc(evidence.at()))
                .then();
    }

    private static VerificationEvent withoutImageBytes(VerificationEvent event) {
        if (!(event instanceof VerificationEvent.EvidenceReceived e)) {
            return event;
        }
        return new VerificationEvent.EvidenceReceived(e.verificationId(), e.at(), e.card(), bare(e.cardPhoto()),
                e.frames().stream().map(f -> new StoredFrame(f.index(), f.capturedAt(), bare(f.image()))).toList());
    }

    private static StoredImage bare(StoredImage image) {
        return new StoredImage(image.sha256(), image.contentType(), image.size(), null);
    }

    private static String actor(VerificationEvent.Opened opened, VerificationEvent event) {
        if (event instanceof VerificationEvent.Opened o) {
            return "EXPERT:" + o.expertId();
        }
        if (event instanceof VerificationEvent.Reviewed r) {
            return "EXPERT:" + r.expertId();
        }
        if (event instanceof VerificationEvent.Viewed v) {
            // An admin's view comes as "ADMIN:name"; an expert's as the bare id.
            return v.viewerId().contains(":") ? v.viewerId() : "EXPERT:" + v.viewerId();
        }
        if (event instanceof VerificationEvent.Consented || event instanceof VerificationEvent.EvidenceReceived
                || event instanceof VerificationEvent.KioskProblemReported) {
            return "KIOSK:" + opened.kioskId();
        }
        return "SYSTEM";
    }

    /** EvidenceReceived -> EVIDENCE_RECEIVED. */
    private static String snake(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
    }

    @Override
    public Optional<VerificationRecord> find(String verificationId) {
        settle();
        List<VerificationEvent> events = storedEvents(database.client().sql(
                        "SELECT kind, payload FROM verification_events WHERE verification_id = :id ORDER BY seq")
                .bind("id", verificationId)).block();
        if (events.isEmpty()) {
            return Optional.empty();
        }
        Map<Integer, Sealed> sealed = new HashMap<>();
        database.client().sql("SELECT image_index, key_id, iv, sealed_data FROM evidence_images WHERE verification_id = :id")
                .bind("id", verificationId)
                .map((row, meta) -> {
                    byte[] data = row.get("sealed_data", byte[].class);
                    if (data != null) {
                        sealed.put(row.get("image_index", Integer.class),
                                new Sealed(row.get("key_id", String.class), row.get("iv", byte[].class), data));
                    }
                    return 1;
                })
                .all()
                .blockLast();
        return Optional.of(new VerificationRecord(events.stream().map(e -> withImages(e, sealed)).toList()));
    }

    /** Puts the sealed bytes back into the evidence event; a purged image stays without them. */
    private static VerificationEvent withImages(VerificationEvent event, Map<Integer, Sealed> sealed) {
        if (!(event instanceof VerificationEvent.EvidenceReceived e)) {
            return event;
        }
        StoredImage card = e.cardPhoto();
        return new VerificationEvent.EvidenceReceived(e.verificationId(), e.at(), e.card(),
                new StoredImage(card.sha256(), card.contentType(), card.size(), sealed.get(CARD_PHOTO)),
                e.frames().stream().map(f -> new StoredFrame(f.index(), f.capturedAt(), new StoredImage(f.image().sha256(),
                        f.image().contentType(), f.image().size(), sealed.get(f.index())))).toList());
    }

    @Override
    public List<VerificationRecord> ofSession(String sessionId) {
        settle();
        List<String> ids = database.client()
                .sql("SELECT verification_id FROM verifications WHERE session_id = :session ORDER BY opened_at, verification_id")
                .bind("session", sessionId)
                .map((row, meta) -> row.get("verification_id", String.class))
                .all()
                .collectList()
                .block();
        return ids.stream().map(id -> find(id).orElseThrow()).toList();
    }

    private void settle() {
        writer.write(scope -> Mono.empty());
    }

    /** The verification's row for the lists; the session's row learns the latest result. */
    private static final class VerificationRows {

        static Mono<Void> upsert(org.springframework.r2dbc.core.DatabaseClient client, VerificationRecord record,
                                 java.time.Instant at) {
            VerificationEvent.Opened opened = record.opened();
            VerifyPhase phase = record.phase();
            String verdict = record.decision().map(d -> d.judgement().verdict().name()).orElse(null);
            String decision = record.review().map(r -> r.decision().name()).orElse(null);
            String method = record.review().map(r -> r.method().name()).orElse(null);
            boolean over = phase == VerifyPhase.CLOSED || phase == VerifyPhase.CANCELLED || phase == VerifyPhase.EXPIRED
                    || phase == VerifyPhase.KIOSK_PROBLEM;
            GenericExecuteSpec update = client.sql("UPDATE verifications SET phase = :phase, machine_verdict = :verdict,"
                    + " decision = :decision, method = :method, closed_at = :closed, event_count = :count, updated_at = :at"
                    + " WHERE verification_id = :id");
            update = bindState(update, record, phase, verdict, decision, method, over, at);
            GenericExecuteSpec insert = bindState(client.sql("INSERT INTO verifications (verification_id, session_id,"
                            + " case_number, item_code, kiosk_id, expert_id, opened_at, phase, machine_verdict, decision,"
                            + " method, closed_at, event_count, updated_at) VALUES (:id, :session, :case, :item, :kiosk,"
                            + " :expert, :opened, :phase, :verdict, :decision, :method, :closed, :count, :at)")
                    .bind("session", opened.sessionId())
                    .bind("kiosk", opened.kioskId())
                    .bind("expert", opened.expertId())
                    .bind("opened", utc(opened.at())), record, phase, verdict, decision, method, over, at);
            insert = Binds.nullable(insert, "case", opened.caseNumber(), String.class);
            GenericExecuteSpec inserted = Binds.nullable(insert, "item", opened.itemCode(), String.class);
            Mono<Void> row = update.fetch().rowsUpdated()
                    .flatMap(n -> n > 0 ? Mono.<Void>empty() : inserted.then());
            String result = decision != null ? decision : verdict;
            if (result == null) {
                return row;
            }
            return row.then(client.sql("UPDATE sessions SET verification_result = :result WHERE session_id = :session")
                    .bind("result", result)
                    .bind("session", opened.sessionId())
                    .then());
        }

        private static GenericExecuteSpec bindState(GenericExecuteSpec spec, VerificationRecord record, VerifyPhase phase,
                                                    String verdict, String decision, String method, boolean over,
                                                    java.time.Instant at) {
            spec = spec.bind("id", record.id()).bind("phase", phase.name());
            spec = Binds.nullable(spec, "verdict", verdict, String.class);
            spec = Binds.nullable(spec, "decision", decision, String.class);
            spec = Binds.nullable(spec, "method", method, String.class);
            spec = Binds.nullable(spec, "closed", over ? utc(at) : null, OffsetDateTime.class);
            return spec.bind("count", record.events().size()).bind("at", utc(at));
        }
    }
}
