package cn.remotewindow.signaling.api.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.catalogue.Catalogue;
import cn.remotewindow.catalogue.DemoCatalogueFile;
import cn.remotewindow.signaling.HttpApiTest;
import cn.remotewindow.signaling.TestTokens;
import cn.remotewindow.signaling.catalogue.RunningCatalogue;
import cn.remotewindow.signaling.record.audit.AuditEntry;
import cn.remotewindow.signaling.record.audit.AuditLog;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalogue over HTTP on the real server: kiosks and experts read the running one (with its
 * entity tag), an admin replaces it with a YAML file — or is told every problem of the file while
 * the running one stays — and every import is in the audit log.
 */
@HttpApiTest
class CatalogueControllerTest {

    private static final String DEMO = DemoCatalogueFile.text();

    @Autowired
    WebTestClient client;
    @Autowired
    JsonMapper json;
    @Autowired
    AuditLog audit;
    @Autowired
    RunningCatalogue running;
    @LocalServerPort
    int port;

    private String kiosk;
    private String admin;
    private long probe;

    @BeforeEach
    void signIn() {
        kiosk = TestTokens.kioskToken(client, HttpApiTest.CONFIGURED_KIOSK, HttpApiTest.CONFIGURED_KIOSK_SECRET);
        admin = TestTokens.adminToken(client);
        probe = audit.append(Instant.now(), "SYSTEM", "TEST_PROBE", "catalogue-api-test", null).sequence();
    }

    /** The server is shared by the HTTP tests: give it back its demo catalogue. */
    @AfterEach
    void backToTheDemo() {
        if (!running.catalogue().equals(DemoCatalogueFile.catalogue())) {
            post(DEMO, "application/yaml").expectStatus().isOk();
        }
    }

    private static String version(String version) {
        return DEMO.replace("version: 2026.1-demo", "version: " + version);
    }

    private WebTestClient.ResponseSpec post(String file, String contentType) {
        return post(file.getBytes(StandardCharsets.UTF_8), contentType);
    }

    private WebTestClient.ResponseSpec post(byte[] file, String contentType) {
        return client.post().uri("/api/admin/catalogue")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + admin)
                .header(HttpHeaders.CONTENT_TYPE, contentType)
                .bodyValue(file)
                .exchange();
    }

    private WebTestClient.ResponseSpec get(String token) {
        return client.get().uri("/api/catalogue").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
    }

    private List<AuditEntry> importEntries() {
        return audit.read(probe + 1, 1000).stream().filter(e -> e.subject().equals("catalogue")).toList();
    }

    @Test
    void kiosksAndExpertsReadTheRunningCatalogueAsJsonEveryElementIncluded() {
        String expert = TestTokens.expertToken(client, HttpApiTest.CONFIGURED_EXPERT, HttpApiTest.CONFIGURED_EXPERT_PASSWORD);

        byte[] body = get(kiosk).expectStatus().isOk()
                .expectHeader().contentType("application/json")
                .expectHeader().cacheControl(org.springframework.http.CacheControl.noCache())
                .expectBody()
                .jsonPath("$.version").isEqualTo("2026.1-demo")
                .jsonPath("$.items.length()").isEqualTo(10)
                .jsonPath("$.items[0].code").isEqualTo("PSB-HJQY")
                .jsonPath("$.items[0].timeLimit.legalDays").isEqualTo(20)
                .jsonPath("$.items[0].materials[2].deferrable").isEqualTo(true)
                .jsonPath("$.items[0].deliveries[0].kind").isEqualTo("PICK_UP")
                .jsonPath("$.bundles[0].items.length()").isEqualTo(3)
                .returnResult().getResponseBody();
        get(expert).expectStatus().isOk();

        // The JSON holds every element: read back, it is the running catalogue.
        assertThat(json.readValue(body, Catalogue.class)).isEqualTo(DemoCatalogueFile.catalogue());
    }

    @Test
    void theEntityTagSparesTheBodyUntilAnImportChangesIt() {
        String etag = get(kiosk).expectStatus().isOk().returnResult(byte[].class).getResponseHeaders().getETag();
        assertThat(etag).startsWith("\"").hasSize(34);

        client.get().uri("/api/catalogue").header(HttpHeaders.AUTHORIZATION, "Bearer " + kiosk)
                .header(HttpHeaders.IF_NONE_MATCH, etag).exchange()
                .expectStatus().isNotModified()
                .expectBody().isEmpty();

        post(version("2026.2"), "application/yaml").expectStatus().isOk();
        client.get().uri("/api/catalogue").header(HttpHeaders.AUTHORIZATION, "Bearer " + kiosk)
                .header(HttpHeaders.IF_NONE_MATCH, etag).exchange()
                .expectStatus().isOk()
                .expectHeader().value(HttpHeaders.ETAG, tag -> assertThat(tag).isNotEqualTo(etag))
                .expectBody().jsonPath("$.version").isEqualTo("2026.2");
    }

    @Test
    void anAdminImportsANewVersionAndItIsAuditedAndRunsAtOnce() {
        String file = version("2026.2").replaceFirst("promised-days: 5", "promised-days: 3");

        post(file, "text/yaml").expectStatus().isOk()
                .expectBody()
                .jsonPath("$.version").isEqualTo("2026.2")
                .jsonPath("$.previousVersion").isEqualTo("2026.1-demo")
                .jsonPath("$.changed").isEqualTo(true)
                .jsonPath("$.items").isEqualTo(10)
                .jsonPath("$.bundles").isEqualTo(1)
                .jsonPath("$.unknownSkills").isEmpty();

        get(kiosk).expectStatus().isOk().expectBody()
                .jsonPath("$.version").isEqualTo("2026.2")
                .jsonPath("$.items[0].timeLimit.promisedDays").isEqualTo(3);
        assertThat(importEntries()).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("ADMIN:auditor");
            assertThat(entry.action()).isEqualTo("ADMIN_CATALOGUE_IMPORTED");
            assertThat(entry.detail()).startsWith("version=2026.2 previous=2026.1-demo changed=true sha256=")
                    .endsWith("departments=5 items=10 bundles=1");
        });
    }

    @Test
    void aFileWithProblemsIsRefusedWithEveryProblemAndTheRunningCatalogueStays() {
        String file = version("2026.2")
                .replaceFirst("department: MCA", "department: MZJ")
                .replace("items: [HRSS-SBZY, HRSS-TXSP, MCA-GLBT]", "items: [HRSS-SBZY, HRSS-TXSP]")
                .replaceFirst("legal-days: 20", "legal-days: -20");

        post(file, "application/yaml").expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.code").isEqualTo("CATALOGUE_INVALID")
                .jsonPath("$.detail").isEqualTo("The catalogue file has 3 problems; nothing was changed. Fix them all"
                        + " and send it again.")
                .jsonPath("$.problems.length()").isEqualTo(3)
                .jsonPath("$.problems[0].line").isEqualTo(lineOf(file, "legal-days: -20"))
                .jsonPath("$.problems[0].field").isEqualTo("items[0].time-limit.legal-days")
                .jsonPath("$.problems[0].message").isEqualTo("must not be negative (-20 working days)")
                .jsonPath("$.problems[1].field").isEqualTo("items[6].department")
                .jsonPath("$.problems[2].field").isEqualTo("bundles[0].items")
                .jsonPath("$.problems[2].message").value(m -> assertThat((String) m).contains("at least two departments"));

        get(kiosk).expectStatus().isOk().expectBody().jsonPath("$.version").isEqualTo("2026.1-demo");
        assertThat(importEntries()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("ADMIN_CATALOGUE_REFUSED");
            assertThat(entry.detail()).startsWith("problems=3 sha256=").contains("running=2026.1-demo",
                    "first: line " + lineOf(file, "legal-days: -20") + ", items[0].time-limit.legal-days");
        });
    }

    @Test
    void theRunningFileAgainChangesNothingButAChangeUnderItsVersionIsRefused() {
        post(DEMO, "application/yaml").expectStatus().isOk()
                .expectBody().jsonPath("$.changed").isEqualTo(false).jsonPath("$.version").isEqualTo("2026.1-demo");

        post(DEMO.replaceFirst("promised-days: 5", "promised-days: 3"), "application/yaml").expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.problems[0].line").isEqualTo(lineOf(DEMO, "version:"))
                .jsonPath("$.problems[0].field").isEqualTo("version");
        assertThat(importEntries()).extracting(AuditEntry::action)
                .containsExactly("ADMIN_CATALOGUE_IMPORTED", "ADMIN_CATALOGUE_REFUSED");
    }

    @Test
    void theCharsetOfTheBodyIsHonouredAndAWrongOneIsAProblemNotGarble() {
        byte[] gb18030 = version("2026.3").getBytes(Charset.forName("GB18030"));

        post(gb18030, "text/yaml; charset=GB18030").expectStatus().isOk()
                .expectBody().jsonPath("$.version").isEqualTo("2026.3");
        get(kiosk).expectStatus().isOk().expectBody().jsonPath("$.items[0].name.zh").isEqualTo("户籍迁移");

        post(version("2026.4").getBytes(Charset.forName("GB18030")), "application/yaml").expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.problems[0].message").value(m -> assertThat((String) m).startsWith("not UTF-8 text"));
    }

    @Test
    void aCharsetTheServerDoesNotKnowIsRefused() throws Exception {
        // WebTestClient refuses to send such a header; a plain client does.
        HttpResponse<String> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/admin/catalogue"))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + admin)
                .header(HttpHeaders.CONTENT_TYPE, "text/yaml; charset=no-such-charset")
                .POST(HttpRequest.BodyPublishers.ofString(version("2026.9"))).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(415);
        assertThat(json.readTree(answer.body()).path("code").asString()).isEqualTo("CATALOGUE_NOT_YAML");
        assertThat(running.catalogue().version()).isEqualTo("2026.1-demo");
    }

    @Test
    void onlyYamlIsTakenAndItsSizeIsBounded() {
        post(version("2026.5"), "application/json").expectStatus().isEqualTo(415)
                .expectBody().jsonPath("$.code").isEqualTo("CATALOGUE_NOT_YAML");

        byte[] huge = new byte[8 * 1024 * 1024 + 1];
        java.util.Arrays.fill(huge, (byte) '#');
        post(huge, "application/yaml").expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.code").isEqualTo("CATALOGUE_TOO_LARGE");

        post("", "application/yaml").expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.problems[0].message").isEqualTo("the file is empty");
        get(kiosk).expectStatus().isOk().expectBody().jsonPath("$.version").isEqualTo("2026.1-demo");
    }

    @Test
    void anImportNamesTheExpertSkillsTheNewCatalogueDoesNotKnow() {
        // The configured probe expert holds PSB and PSB-HJQY; the demo expert 张伟 PSB, PSB-HJQY and PSB-JZZ.
        String withoutResidencePermit = version("2026.6").replace("  - code: PSB-JZZ\n    department: PSB\n",
                "  - code: PSB-JZZX\n    department: PSB\n");

        post(withoutResidencePermit, "application/yaml").expectStatus().isOk()
                .expectBody()
                .jsonPath("$.unknownSkills.length()").isEqualTo(1)
                .jsonPath("$.unknownSkills[0].expert").isEqualTo("zhangwei")
                .jsonPath("$.unknownSkills[0].skill").isEqualTo("PSB-JZZ");
    }

    private static int lineOf(String text, String snippet) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(snippet)) {
                return i + 1;
            }
        }
        throw new AssertionError(snippet);
    }
}
