package cn.remotewindow.signaling.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.signaling.HttpApiTest;
import cn.remotewindow.signaling.TestTokens;
import cn.remotewindow.signaling.record.audit.AuditEntry;
import cn.remotewindow.signaling.record.audit.AuditLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The audit log for auditors over HTTP, on the server's own log (the records database): the newest
 * page, pages that follow each other, the chain check, the roles, bad queries — and every read
 * itself an entry of the log.
 */
@HttpApiTest
class AuditControllerTest {

    @Autowired
    WebTestClient client;
    @Autowired
    AuditLog log;

    private String admin;

    @BeforeEach
    void signIn() {
        admin = TestTokens.adminToken(client);
    }

    @Test
    void theNewestPageEndsWithTheAuditorsOwnRead() {
        AuditPage page = read("/api/admin/audit?limit=5");

        AuditEntryView own = page.entries().get(page.entries().size() - 1);
        assertThat(own.sequence()).isEqualTo(page.last());
        assertThat(own.actor()).isEqualTo("ADMIN:auditor");
        assertThat(own.action()).isEqualTo("ADMIN_AUDIT_READ");
        assertThat(own.subject()).isEqualTo("audit_log");
        assertThat(own.detail()).isEqualTo("latest limit=5");
        assertThat(page.entries()).hasSizeLessThanOrEqualTo(5);
        assertThat(page.from()).isEqualTo(page.entries().get(0).sequence());
        assertThat(page.next()).isNull();
        // The answer is the stored entry, hashes included.
        AuditEntry stored = log.read(own.sequence(), 1).get(0);
        assertThat(own.hash()).isEqualTo(stored.hash());
        assertThat(own.previousHash()).isEqualTo(stored.previousHash());
    }

    @Test
    void pagesFollowEachOtherInSequenceOrder() {
        List<Long> marked = new ArrayList<>();
        Instant at = Instant.parse("2026-11-22T02:00:00Z");
        for (int i = 0; i < 7; i++) {
            marked.add(log.append(at.plusSeconds(i), "SYSTEM", "TEST_MARK", "paging", "mark " + i).sequence());
        }
        long first = marked.get(0);

        AuditPage one = read("/api/admin/audit?from=" + first + "&limit=3");
        AuditPage two = read("/api/admin/audit?from=" + one.next() + "&limit=3");

        assertThat(one.entries()).extracting(AuditEntryView::detail).containsExactly("mark 0", "mark 1", "mark 2");
        assertThat(one.from()).isEqualTo(first);
        assertThat(one.limit()).isEqualTo(3);
        assertThat(one.next()).isEqualTo(first + 3);
        assertThat(one.previous()).isEqualTo(Math.max(1, first - 3));
        assertThat(two.entries()).extracting(AuditEntryView::detail).containsExactly("mark 3", "mark 4", "mark 5");
        assertThat(two.previous()).isEqualTo(first);
        // Each entry carries the hash of the one before it.
        List<AuditEntryView> both = new ArrayList<>(one.entries());
        both.addAll(two.entries());
        for (int i = 1; i < both.size(); i++) {
            assertThat(both.get(i).sequence()).isEqualTo(both.get(i - 1).sequence() + 1);
            assertThat(both.get(i).previousHash()).isEqualTo(both.get(i - 1).hash());
        }
        // Both reads are on record, in order, after the marks.
        List<AuditEntry> reads = log.read(two.last() - 1, 2);
        assertThat(reads).extracting(AuditEntry::action).containsExactly("ADMIN_AUDIT_READ", "ADMIN_AUDIT_READ");
        assertThat(reads).extracting(AuditEntry::detail)
                .containsExactly("from=" + first + " limit=3", "from=" + (first + 3) + " limit=3");
    }

    @Test
    void theWholeChainChecksOutAndTheCheckIsRecorded() {
        ChainStatus status = client.get().uri("/api/admin/audit/verify")
                .headers(h -> h.setBearerAuth(admin))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().cacheControl(org.springframework.http.CacheControl.noStore())
                .expectBody(ChainStatus.class).returnResult().getResponseBody();

        assertThat(status.intact()).isTrue();
        assertThat(status.brokenAt()).isNull();
        assertThat(status.problem()).isNull();
        // Every entry before the check was checked; the check's own entry comes right after them.
        AuditEntry recorded = log.read(status.checked() + 1, 1).get(0);
        assertThat(recorded.sequence()).isEqualTo(status.checked() + 1);
        assertThat(recorded.actor()).isEqualTo("ADMIN:auditor");
        assertThat(recorded.action()).isEqualTo("ADMIN_AUDIT_VERIFIED");
        assertThat(recorded.detail()).isEqualTo("INTACT checked=" + status.checked());
    }

    @Test
    void anIntactAnswerLeavesOutTheBreakFields() {
        client.get().uri("/api/admin/audit/verify")
                .headers(h -> h.setBearerAuth(admin))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.intact").isEqualTo(true)
                .jsonPath("$.checkedAt").exists()
                .jsonPath("$.brokenAt").doesNotExist()
                .jsonPath("$.problem").doesNotExist();
    }

    @Test
    void onlyAuditorsMayReadTheLogAndRefusalsLeaveNoEntry() {
        String expert = TestTokens.expertToken(client, HttpApiTest.CONFIGURED_EXPERT, HttpApiTest.CONFIGURED_EXPERT_PASSWORD);
        String kiosk = TestTokens.kioskToken(client, HttpApiTest.CONFIGURED_KIOSK, HttpApiTest.CONFIGURED_KIOSK_SECRET);
        long before = probe();

        for (String path : List.of("/api/admin/audit", "/api/admin/audit/verify")) {
            client.get().uri(path).exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            for (String token : List.of(expert, kiosk)) {
                client.get().uri(path).headers(h -> h.setBearerAuth(token)).exchange()
                        .expectStatus().isForbidden()
                        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .expectBody().jsonPath("$.detail").isEqualTo("Your role may not use this.");
            }
        }

        assertThat(probe()).as("nothing recorded between the probes").isEqualTo(before + 1);
    }

    @Test
    void aQueryThatCannotBeReadIsRefusedInWordsAndNotRecorded() {
        long before = probe();
        for (String query : List.of("limit=0", "limit=201", "limit=ten", "from=0", "from=-3", "from=1.5")) {
            client.get().uri("/api/admin/audit?" + query)
                    .headers(h -> h.setBearerAuth(admin))
                    .exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.code").isEqualTo("BAD_QUERY")
                    .jsonPath("$.detail").value(String.class, detail -> assertThat(detail)
                            .isIn("'limit' must be a whole number from 1 to 200.", "'from' must be a whole number from 1."));
        }
        assertThat(probe()).as("nothing recorded between the probes").isEqualTo(before + 1);
    }

    @Test
    void aPageBeyondTheEndIsEmpty() {
        long end = probe();

        AuditPage page = read("/api/admin/audit?from=" + (end + 100) + "&limit=10");

        assertThat(page.entries()).isEmpty();
        assertThat(page.next()).isNull();
        assertThat(page.last()).isEqualTo(end + 1);
    }

    private AuditPage read(String uri) {
        return client.get().uri(uri)
                .headers(h -> h.setBearerAuth(admin))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().cacheControl(org.springframework.http.CacheControl.noStore())
                .expectBody(AuditPage.class).returnResult().getResponseBody();
    }

    /** Appends a probe entry and returns its sequence number: where the log ends now. */
    private long probe() {
        return log.append(Instant.now(), "SYSTEM", "TEST_PROBE", "audit-api-test", null).sequence();
    }
}
