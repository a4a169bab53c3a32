package cn.remotewindow.signaling.record.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditHashesTest {

    private static final Instant AT = Instant.parse("2026-11-22T02:00:00Z");

    @Test
    void fieldBoundariesMatter() {
        assertThat(AuditHashes.of(AuditHashes.GENESIS, 1, AT, "ab", "c", "s", null))
                .isNotEqualTo(AuditHashes.of(AuditHashes.GENESIS, 1, AT, "a", "bc", "s", null));
        assertThat(AuditHashes.of(AuditHashes.GENESIS, 1, AT, "a", "b", "s", null))
                .as("absent is not empty").isNotEqualTo(AuditHashes.of(AuditHashes.GENESIS, 1, AT, "a", "b", "s", ""));
    }

    @Test
    void theHashIsStableAndCountsMicroseconds() {
        String hash = AuditHashes.of(AuditHashes.GENESIS, 1, AT, "SYSTEM", "START", "node-1", null);
        assertThat(hash).hasSize(64).matches("[0-9a-f]+")
                .isEqualTo(AuditHashes.of(AuditHashes.GENESIS, 1, AT, "SYSTEM", "START", "node-1", null));
        assertThat(AuditHashes.of(AuditHashes.GENESIS, 1, AT.plusNanos(999), "SYSTEM", "START", "node-1", null))
                .as("below a microsecond: what a database keeps").isEqualTo(hash);
        assertThat(AuditHashes.of(AuditHashes.GENESIS, 1, AT.plusNanos(1000), "SYSTEM", "START", "node-1", null))
                .isNotEqualTo(hash);
        assertThat(AuditHashes.of(AuditHashes.GENESIS, 2, AT, "SYSTEM", "START", "node-1", null)).isNotEqualTo(hash);
    }
}
