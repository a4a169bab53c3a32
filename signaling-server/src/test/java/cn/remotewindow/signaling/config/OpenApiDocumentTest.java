package cn.remotewindow.signaling.config;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.signaling.HttpApiTest;
import cn.remotewindow.signaling.TestTokens;
import cn.remotewindow.protocol.message.CaseOutcome;
import cn.remotewindow.signaling.auth.JwtKey;
import cn.remotewindow.signaling.record.search.SessionSort;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
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
                Map.entry("/api/catalogue", List.of("get")),
                Map.entry("/api/admin/catalogue", List.of("post")),
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
    void theCatalogueImportTakesAYamlFileAndTheCatalogueIsDescribed() {
        JsonNode document = document();

        JsonNode body = document.path("paths").path("/api/admin/catalogue").path("post").path("requestBody");
        assertThat(body.path("required").asBoolean()).isTrue();
        assertThat(body.path("content").propertyNames()).containsExactlyInAnyOrder("application/yaml", "text/yaml");
        JsonNode item = document.path("components").path("schemas").path("ServiceItem").path("properties");
        assertThat(item.propertyNames()).contains("legalBasis", "conditions", "materials", "timeLimit", "fee",
                "deliveries", "greenChannel");
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
    void theAdminSessionListNamesEveryFilterWithItsType() {
        JsonNode document = document();
        JsonNode parameters = document.path("paths").path("/api/admin/sessions").path("get").path("parameters");

        Map<String, String> types = new TreeMap<>();
        parameters.valueStream().forEach(p -> {
            String name = p.path("name").asString();
            assertThat(p.path("in").asString()).as("%s in", name).isEqualTo("query");
            assertThat(p.path("required").asBoolean(false)).as("%s required", name).isFalse();
            assertThat(p.path("description").asString()).as("%s described", name).isNotBlank();
            JsonNode schema = p.path("schema");
            String format = schema.has("format") ? "/" + schema.path("format").asString() : "";
            types.put(name, schema.path("type").asString() + format);
        });
        assertThat(types).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("from", "string/date"), Map.entry("to", "string/date"),
                Map.entry("district", "string"), Map.entry("kiosk", "string"), Map.entry("expert", "string"),
                Map.entry("department", "string"), Map.entry("item", "string"), Map.entry("case", "string"),
                Map.entry("outcome", "string"), Map.entry("verification", "string"),
                Map.entry("page", "integer/int32"), Map.entry("size", "integer/int32"),
                Map.entry("sort", "string"), Map.entry("order", "string")));

        // The enumerations are the ones AdminQuery and the search accept.
        assertThat(enumOf(parameters, "sort")).containsExactlyElementsOf(
                Arrays.stream(SessionSort.values()).map(s -> s.name().toLowerCase(Locale.ROOT)).toList());
        assertThat(enumOf(parameters, "order")).containsExactlyInAnyOrder("asc", "desc");
        assertThat(enumOf(parameters, "outcome")).containsExactlyElementsOf(Stream.concat(
                Arrays.stream(CaseOutcome.values()).map(Enum::name), Stream.of("NONE")).toList());
        assertThat(enumOf(parameters, "verification")).containsExactlyInAnyOrder("PASS", "FAIL", "NEEDS_REVIEW", "NONE");
    }

    @Test
    void theOtherAdminListsNameTheirFiltersAndNoOperationTakesAParameterMap() {
        JsonNode paths = document().path("paths");

        Map<String, List<String>> expected = Map.of(
                "/api/admin/sessions/export", List.of("from", "to", "district", "kiosk", "expert", "department", "item",
                        "case", "outcome", "verification", "lang"),
                "/api/admin/verifications", List.of("from", "to", "district", "kiosk", "expert", "item", "case",
                        "result", "page", "size"),
                "/api/admin/verifications/export", List.of("from", "to", "district", "kiosk", "expert", "item", "case",
                        "result", "lang"),
                "/api/admin/statistics", List.of("from", "to", "district", "kiosk", "expert", "department", "item",
                        "case", "outcome", "verification"));
        expected.forEach((path, names) -> assertThat(paths.path(path).path("get").path("parameters").valueStream()
                .map(p -> p.path("name").asString() + "@" + p.path("in").asString()))
                .as("parameters of GET %s", path)
                .containsExactlyInAnyOrderElementsOf(names.stream().map(n -> n + "@query").toList()));
        assertThat(enumOf(paths.path("/api/admin/verifications").path("get").path("parameters"), "result"))
                .containsExactlyInAnyOrder("PASS", "FAIL", "NEEDS_REVIEW", "NONE");

        List<String> maps = new ArrayList<>();
        paths.properties().forEach(path -> path.getValue().properties().forEach(operation ->
                operation.getValue().path("parameters").valueStream()
                        .filter(p -> p.path("name").asString().equals("params"))
                        .forEach(p -> maps.add(operation.getKey() + " " + path.getKey()))));
        assertThat(maps).as("operations with a parameter 'params'").isEmpty();
    }

    private static List<String> enumOf(JsonNode parameters, String name) {
        return parameters.valueStream().filter(p -> p.path("name").asString().equals(name)).findFirst().orElseThrow()
                .path("schema").path("enum").valueStream().map(JsonNode::asString).toList();
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
