package cn.remotewindow.signaling.record.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash of an audit entry: SHA-256 over the previous hash and the entry's fields, each
 * length-prefixed so that no two different entries serialise alike ("ab"+"c" vs "a"+"bc").
 * Timestamps count in epoch microseconds, the precision every store keeps.
 */
public final class AuditHashes {

    /** The "previous hash" of the first entry: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);

    private AuditHashes() {
    }

    public static String of(String previousHash, long sequence, java.time.Instant at, String actor, String action,
                            String subject, String detail) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        field(sha, previousHash);
        sha.update(ByteBuffer.allocate(16).putLong(sequence)
                .putLong(at.getEpochSecond() * 1_000_000 + at.getNano() / 1_000).array());
        field(sha, actor);
        field(sha, action);
        field(sha, subject);
        field(sha, detail);
        return HexFormat.of().formatHex(sha.digest());
    }

    public static String of(AuditEntry entry) {
        return of(entry.previousHash(), entry.sequence(), entry.at(), entry.actor(), entry.action(), entry.subject(),
                entry.detail());
    }

    private static void field(MessageDigest sha, String value) {
        if (value == null) {
            sha.update(ByteBuffer.allocate(4).putInt(-1).array());
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        sha.update(bytes);
    }
}
