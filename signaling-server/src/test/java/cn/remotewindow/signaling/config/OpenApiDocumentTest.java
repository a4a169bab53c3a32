package cn.remotewindow.signaling.config;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.signaling.HttpApiTest;
import cn.remotewindow.signaling.TestTokens;
import cn.remotewindow.signaling.auth.JwtKey;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI document the server serves: open to anyone, every endpoint in it, the bearer scheme on the right ones. */
@HttpApiTest
class OpenApiDocumentTest {

    @Autowired
    WebTestClient client;
    @Autowired
    JsonMapper json;
    @Autowired
    JwtKey jwtKey;

    private JsonNode document() {
        byte[] body = client.get().uri("/v3/api-docs")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody().returnResult().getResponseBody();
        return json.readTree(body);
    }

    @Test
    void everyEndpointIsDescribed() {
        JsonNode paths = document().path("paths");

        Map<String, List<String>> expected = Map.ofEntries(
                Map.entry("/api/auth/expert", List.of("post")),
                Map.entry("/api/auth/kiosk", List.of("post")),
                Map.entry("/api/auth/admin", List.of("post")),
                Map.entry("/api/signaling/ticket", List.of("post")),
                Map.entry("/api/ice-servers", List.of("get")),
                Map.entry("/api/sessions/mine", List.of("get")),
                Map.entry("/api/sessions/{sessionId}", List.of("get")),
                Map.entry("/api/experts/on-duty", List.of("get")),
                Map.entry("/api/verifications/{verificationId}/evidence", List.of("post")),
                Map.entry("/api/verifications/{verificationId}", List.of("get")),
                Map.entry("/api/admin/sessions", List.of("get")),
                Map.entry("/api/admin/verifications/{verificationId}/id-number", List.of("post")),
                Map.entry("/api/admin/statistics", List.of("get")),
                Map.entry("/api/admin/audit", List.of("get")),
                Map.entry("/api/admin/audit/verify", List.of("get")));
        expected.forEach((path, methods) -> {
            assertThat(paths.has(path)).as("path %s in the document", path).isTrue();
            methods.forEach(method -> assertThat(paths.path(path).has(method)).as("%s %s", method, path).isTrue());
        });
    }

    @Test
    void accessTokensAreTheSecuritySchemeAndOnlyTheSignInsGoWithout() {
        JsonNode document = document();

        JsonNode scheme = document.path("components").path("securitySchemes").path(OpenApiConfiguration.BEARER);
        assertThat(scheme.path("type").asString()).isEqualTo("http");
        assertThat(scheme.path("scheme").asString()).isEqualTo("bearer");
        assertThat(scheme.path("bearerFormat").asString()).isEqualTo("JWT");
        assertThat(document.path("security").get(0).has(OpenApiConfiguration.BEARER)).isTrue();
        JsonNode paths = document.path("paths");
        for (String signIn : List.of("/api/auth/expert", "/api/auth/kiosk", "/api/auth/admin")) {
            JsonNode security = paths.path(signIn).path("post").path("security");
            assertThat(security.isArray() && security.isEmpty()).as("%s needs no token", signIn).isTrue();
        }
        // Operations that need a token inherit the document's requirement.
        assertThat(paths.path("/api/admin/audit").path("get").has("security")).isFalse();
        assertThat(paths.path("/api/sessions/mine").path("get").has("security")).isFalse();
    }

    @Test
    void theAuditLogsParametersAreTheQueryAndNeverTheToken() {
        JsonNode parameters = document().path("paths").path("/api/admin/audit").path("get").path("parameters");

        assertThat(parameters.valueStream().map(p -> p.path("name").asString() + "@" + p.path("in").asString()))
                .containsExactlyInAnyOrder("from@query", "limit@query");
    }

    @Test
    void theYamlFormIsServedTooAndAStaleTokenDoesNotMatter() {
        String expired = TestTokens.sign(jwtKey.secretKey(),
                TestTokens.accessClaims("EXPERT", Instant.now().minusSeconds(600)).build());

        byte[] yaml = client.get().uri("/v3/api-docs.yaml")
                .headers(h -> h.setBearerAuth(expired))
                .exchange()
                .expectStatus().isOk()
                .expectBody().returnResult().getResponseBody();

        assertThat(new String(yaml, StandardCharsets.UTF_8))
                .startsWith("openapi: 3.")
                .contains("/api/admin/audit/verify:", "bearer-jwt:");
    }
}
