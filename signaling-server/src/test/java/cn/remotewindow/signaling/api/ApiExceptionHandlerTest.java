package cn.remotewindow.signaling.api;

import cn.remotewindow.signaling.HttpApiTest;
import cn.remotewindow.signaling.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@HttpApiTest
class ApiExceptionHandlerTest {

    @Autowired
    WebTestClient client;

    @Test
    void malformedJsonIsA400InPlainWords() {
        client.post().uri("/api/auth/expert")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"username\": \"zhangwei\", ")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail").isEqualTo("The request body is missing or is not valid JSON for this request.")
                .jsonPath("$.trace").doesNotExist();
    }

    @Test
    void aFieldOfTheWrongTypeIsA400WithoutParserInternals() {
        client.post().uri("/api/auth/kiosk")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"kioskId\": [\"kiosk-hongqi-01\"], \"secret\": \"x\"}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.detail").isEqualTo("The request body is missing or is not valid JSON for this request.");
    }

    @Test
    void aMissingBodyIsA400() {
        client.post().uri("/api/auth/expert")
                .contentType(MediaType.APPLICATION_JSON)
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void anUnknownRouteIsAJson404() {
        String token = TestTokens.expertToken(client, "zhangwei", "demo-zhangwei");

        client.get().uri("/api/cases/XX-2026-000001")
                .headers(h -> h.setBearerAuth(token))
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.detail").isEqualTo("There is nothing at this address.");
        client.post().uri("/api/auth/nobody")
                .bodyValue("{}")
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aWrongMethodIsAJson405() {
        String token = TestTokens.expertToken(client, "zhangwei", "demo-zhangwei");

        client.delete().uri("/api/ice-servers")
                .headers(h -> h.setBearerAuth(token))
                .exchange()
                .expectStatus().isEqualTo(405)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
