package cn.remotewindow.signaling.record.store;

import cn.remotewindow.signaling.record.CasePictures;
import cn.remotewindow.signaling.record.PictureKind;
import cn.remotewindow.signaling.record.Sealed;
import cn.remotewindow.signaling.record.StoredPicture;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import reactor.core.publisher.Mono;

/**
 * Case pictures in {@code case_documents} (V4), each with its audit entry (action
 * {@code DOCUMENT_STORED} or {@code SIGNATURE_STORED}, subject the picture id, the detail its
 * attempt, SHA-256 and size) in the same transaction.
 */
public final class DatabaseCasePictures implements CasePictures {

    private final RecordsDatabase database;
    private final RecordWriter writer;

    public DatabaseCasePictures(RecordsDatabase database, RecordWriter writer) {
        this.database = database;
        this.writer = writer;
    }

    @Override
    public CompletableFuture<Void> store(StoredPicture picture) {
        return writer.submit(scope -> scope.client()
                .sql("SELECT COUNT(*) AS n FROM case_documents WHERE picture_id = :id AND attempt = :attempt")
                .bind("id", picture.pictureId())
                .bind("attempt", picture.attempt())
                .map((row, meta) -> row.get("n", Long.class))
                .one()
                .flatMap(count -> count > 0 ? Mono.<Void>empty() : insert(scope, picture)));
    }

    private static Mono<Void> insert(WriteScope scope, StoredPicture p) {
        String action = p.kind() == PictureKind.SIGNATURE ? "SIGNATURE_STORED" : "DOCUMENT_STORED";
        String detail = RecordJson.write(new RecordJson.AuditedPicture(p.sessionId(), p.attempt(), p.sha256(),
                p.bytes()));
        return scope.audit(p.storedAt(), p.storedBy(), action, p.pictureId(), detail)
                .flatMap(entry -> {
                    var spec = scope.client().sql("INSERT INTO case_documents (picture_id, attempt, session_id,"
                                    + " case_number, material_code, kind, sha256, content_type, size_bytes, width,"
                                    + " height, key_id, iv, sealed_data, stored_at, stored_by, audit_seq) VALUES (:id,"
                                    + " :attempt, :session, :case, :material, :kind, :sha, :type, :size, :width,"
                                    + " :height, :key, :iv, :data, :at, :by, :audit)")
                            .bind("id", p.pictureId())
                            .bind("attempt", p.attempt())
                            .bind("session", p.sessionId())
                            .bind("kind", p.kind().name())
                            .bind("sha", p.sha256())
                            .bind("type", p.contentType())
                            .bind("size", p.bytes())
                            .bind("width", p.width())
                            .bind("height", p.height())
                            .bind("key", p.sealed().keyId())
                            .bind("iv", p.sealed().iv())
                            .bind("data", p.sealed().ciphertext())
                            .bind("at", DatabaseSessionRecords.utc(p.storedAt()))
                            .bind("by", p.storedBy())
                            .bind("audit", entry.sequence());
                    spec = Binds.nullable(spec, "case", p.caseNumber(), String.class);
                    spec = Binds.nullable(spec, "material", p.materialCode(), String.class);
                    return spec.then();
                });
    }

    @Override
    public Optional<StoredPicture> find(String pictureId, int attempt) {
        writer.write(scope -> Mono.empty());
        return database.client().sql("SELECT * FROM case_documents WHERE picture_id = :id AND attempt = :attempt")
                .bind("id", pictureId)
                .bind("attempt", attempt)
                .map((row, meta) -> new StoredPicture(row.get("picture_id", String.class),
                        row.get("attempt", Integer.class), row.get("session_id", String.class),
                        row.get("case_number", String.class), row.get("material_code", String.class),
                        PictureKind.valueOf(row.get("kind", String.class)), row.get("sha256", String.class).trim(),
                        row.get("content_type", String.class), row.get("size_bytes", Long.class),
                        row.get("width", Integer.class), row.get("height", Integer.class),
                        new Sealed(row.get("key_id", String.class), row.get("iv", byte[].class),
                                row.get("sealed_data", byte[].class)),
                        row.get("stored_at", OffsetDateTime.class).toInstant(), row.get("stored_by", String.class)))
                .one()
                .blockOptional();
    }
}
