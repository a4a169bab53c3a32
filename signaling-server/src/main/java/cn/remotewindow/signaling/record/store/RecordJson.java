package cn.remotewindow.signaling.record.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import tools.jackson.databind.json.JsonMapper;

/**
 * How records are written into payload columns: JSON by the store's own mapper (its settings must
 * not change with the application's), and the SHA-256 of exactly the stored text, which the audit
 * entry of the write carries.
 */
final class RecordJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private RecordJson() {
    }

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    static <T> T read(String json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The audit entry's detail for a stored event: its place and the hash of its payload. */
    static String auditDetail(String kind, int seq, String payloadSha256) {
        return write(new AuditedEvent(kind, seq, payloadSha256));
    }

    static AuditedEvent auditedEvent(String detail) {
        return read(detail, AuditedEvent.class);
    }

    /** The detail of an audit entry that vouches for a stored case picture (DOCUMENT_STORED, SIGNATURE_STORED). */
    record AuditedPicture(String session, int attempt, String sha256, long bytes) {
    }

    /** The detail of an audit entry that vouches for a stored event. */
    record AuditedEvent(String kind, int seq, String sha256) {
    }
}
