package cn.remotewindow.signaling.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.signaling.HttpApiTest;
import cn.remotewindow.signaling.TestTokens;
import cn.remotewindow.signaling.config.WindowProperties;
import cn.remotewindow.signaling.record.audit.AuditEntry;
import cn.remotewindow.signaling.record.audit.AuditHashes;
import cn.remotewindow.signaling.record.audit.AuditLog;
import cn.remotewindow.signaling.record.audit.ChainCheck;
import cn.remotewindow.signaling.record.store.TestDatabases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Rows of the audit log changed behind the server's back, as someone with database access would:
 * the auditors' check names the exact entry and how it is broken. Its own server and database
 * (the shared one must stay intact for the other tests), closed afterwards; every tampering is
 * undone before the next.
 */
@HttpApiTest
@TestPropertySource(properties = "window.records.url=jdbc:h2:mem:audit-tamper-${random.uuid}")
@DirtiesContext
class AuditTamperTest {

    @Autowired
    WebTestClient client;
    @Autowired
    AuditLog log;
    @Autowired
    WindowProperties properties;

    private String admin;
    private AuditEntry target;

    @BeforeEach
    void entries() {
        admin = TestTokens.adminToken(client);
        Instant at = Instant.parse("2026-11-22T03:00:00Z");
        log.append(at, "SYSTEM", "TEST_MARK", "tamper", "before");
        // An auditor's read: someone covering their tracks would change or remove this one.
        client.get().uri("/api/admin/audit?limit=1").headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isOk();
        log.append(at.plusSeconds(1), "SYSTEM", "TEST_MARK", "tamper", "after");
        target = log.read(1, 10_000).stream()
                .filter(e -> e.action().equals("ADMIN_AUDIT_READ"))
                .reduce((first, second) -> second)
                .orElseThrow();
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void aChangedEntryIsReportedAsAlteredAtItsSequence() {
        AuditEntry changed = new AuditEntry(target.sequence(), target.at(), "ADMIN:someone-else", target.action(),
                target.subject(), target.detail(), target.previousHash(), target.hash());
        replace(changed);
        try {
            ChainStatus status = verify();

            assertThat(status.intact()).isFalse();
            assertThat(status.brokenAt()).isEqualTo(target.sequence());
            assertThat(status.problem()).isEqualTo(ChainCheck.Problem.CONTENT_ALTERED);
            assertThat(status.checked()).isEqualTo(target.sequence() - 1);
            // What the auditor was told is itself on record.
            assertThat(lastVerification().detail()).isEqualTo("BROKEN at=" + target.sequence()
                    + " problem=CONTENT_ALTERED checked=" + (target.sequence() - 1));
        } finally {
            replace(target);
        }
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void aChangedEntryWithARecomputedHashBreaksTheLinkOfTheNextOne() {
        String hash = AuditHashes.of(target.previousHash(), target.sequence(), target.at(), "ADMIN:someone-else",
                target.action(), target.subject(), target.detail());
        replace(new AuditEntry(target.sequence(), target.at(), "ADMIN:someone-else", target.action(), target.subject(),
                target.detail(), target.previousHash(), hash));
        try {
            ChainStatus status = verify();

            assertThat(status.intact()).isFalse();
            assertThat(status.brokenAt()).isEqualTo(target.sequence() + 1);
            assertThat(status.problem()).isEqualTo(ChainCheck.Problem.LINK_BROKEN);
        } finally {
            replace(target);
        }
    }

    @Test
    void aRemovedEntryIsReportedAsAGapAtItsSequence() {
        sql("DELETE FROM audit_log WHERE seq = " + target.sequence());
        try {
            ChainStatus status = verify();

            assertThat(status.intact()).isFalse();
            assertThat(status.brokenAt()).isEqualTo(target.sequence());
            assertThat(status.problem()).isEqualTo(ChainCheck.Problem.SEQUENCE_GAP);
        } finally {
            insert(target);
        }
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void theBrokenAnswerNamesTheEntryInJson() {
        replace(new AuditEntry(target.sequence(), target.at(), target.actor(), target.action(), target.subject(),
                "from=1 limit=1", target.previousHash(), target.hash()));
        try {
            client.get().uri("/api/admin/audit/verify").headers(h -> h.setBearerAuth(admin)).exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.intact").isEqualTo(false)
                    .jsonPath("$.brokenAt").isEqualTo(target.sequence())
                    .jsonPath("$.problem").isEqualTo("CONTENT_ALTERED");
        } finally {
            replace(target);
        }
    }

    private ChainStatus verify() {
        return client.get().uri("/api/admin/audit/verify").headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isOk()
                .expectBody(ChainStatus.class).returnResult().getResponseBody();
    }

    private AuditEntry lastVerification() {
        return log.read(1, 100_000).stream()
                .filter(e -> e.action().equals("ADMIN_AUDIT_VERIFIED"))
                .reduce((first, second) -> second)
                .orElseThrow();
    }

    private void replace(AuditEntry entry) {
        sql("DELETE FROM audit_log WHERE seq = " + entry.sequence());
        insert(entry);
    }

    private void insert(AuditEntry entry) {
        try (Connection c = TestDatabases.jdbc(properties.records());
             PreparedStatement insert = c.prepareStatement("INSERT INTO audit_log"
                     + " (seq, at, actor, action, subject, detail, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, entry.sequence());
            insert.setObject(2, entry.at().atOffset(ZoneOffset.UTC));
            insert.setString(3, entry.actor());
            insert.setString(4, entry.action());
            insert.setString(5, entry.subject());
            insert.setString(6, entry.detail());
            insert.setString(7, entry.previousHash());
            insert.setString(8, entry.hash());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void sql(String statement) {
        try (Connection c = TestDatabases.jdbc(properties.records());
             var s = c.createStatement()) {
            s.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
