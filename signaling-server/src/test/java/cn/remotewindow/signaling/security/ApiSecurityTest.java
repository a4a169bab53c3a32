package cn.remotewindow.signaling.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.signaling.HttpApiTest;
import cn.remotewindow.signaling.TestTokens;
import cn.remotewindow.signaling.auth.JwtKey;
import cn.remotewindow.signaling.auth.SignalingTickets;
import cn.remotewindow.signaling.party.Expert;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jwt.PlainJWT;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@HttpApiTest
class ApiSecurityTest {

    @Autowired
    WebTestClient client;
    @Autowired
    JwtKey jwtKey;
    @Autowired
    SignalingTickets signalingTickets;

    @Test
    void withoutATokenTheAnswerIsAJson401WithABearerChallenge() {
        client.post().uri("/api/signaling/ticket")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectBody()
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.detail").value(String.class, d -> assertThat(d).contains("access token"))
                .jsonPath("$.trace").doesNotExist();
    }

    @Test
    void anExpiredTokenIsRefused() {
        String expired = TestTokens.sign(jwtKey.secretKey(),
                TestTokens.accessClaims("EXPERT", Instant.now().minusSeconds(600)).build());

        expectInvalidToken(expired);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        String forged = TestTokens.sign(TestTokens.randomKey(),
                TestTokens.accessClaims("EXPERT", Instant.now().plusSeconds(600)).build());

        expectInvalidToken(forged);
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String unsigned = new PlainJWT(new PlainHeader(),
                TestTokens.accessClaims("EXPERT", Instant.now().plusSeconds(600)).build()).serialize();

        expectInvalidToken(unsigned);
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        String foreign = TestTokens.sign(jwtKey.secretKey(),
                TestTokens.accessClaims("EXPERT", Instant.now().plusSeconds(600)).issuer("elsewhere").build());

        expectInvalidToken(foreign);
    }

    /** Same key, same issuer, but audience "signaling": a ticket must not pass as an access token. */
    @Test
    void aSignalingTicketIsNotAnAccessToken() {
        String ticket = signalingTickets.issue(new Expert("zhangwei", "张伟", Set.of("PSB"))).token();

        expectInvalidToken(ticket);
    }

    @Test
    void aStaleTokenSentAlongDoesNotBlockSignInOrHealth() {
        String expired = TestTokens.sign(jwtKey.secretKey(),
                TestTokens.accessClaims("EXPERT", Instant.now().minusSeconds(600)).build());

        client.post().uri("/api/auth/expert")
                .headers(h -> h.setBearerAuth(expired))
                .bodyValue(Map.of("username", "zhangwei", "password", "demo-zhangwei"))
                .exchange()
                .expectStatus().isOk();
        client.get().uri("/actuator/health/readiness")
                .headers(h -> h.setBearerAuth(expired))
                .exchange()
                .expectStatus().isOk();
    }

    @Test
    void healthIsPublic() {
        client.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        client.get().uri("/actuator/health/liveness").exchange()
                .expectStatus().isOk();
    }

    @Test
    void metricsNeedAnAdmin() {
        client.get().uri("/actuator/metrics").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

        String expert = TestTokens.expertToken(client, "zhangwei", "demo-zhangwei");
        client.get().uri("/actuator/metrics").headers(h -> h.setBearerAuth(expert)).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(403);

        String admin = TestTokens.sign(jwtKey.secretKey(),
                TestTokens.accessClaims("ADMIN", Instant.now().plusSeconds(600)).build());
        client.get().uri("/actuator/metrics").headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isOk();
    }

    @Test
    void basicAuthIsNotOffered() {
        client.get().uri("/api/ice-servers")
                .headers(h -> h.setBasicAuth("user", "password"))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE, v -> assertThat(v).doesNotContain("Basic"));
    }

    @Test
    void theConsoleIsPublic() {
        client.get().uri("/console/index.html").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML);
    }

    private void expectInvalidToken(String token) {
        client.post().uri("/api/signaling/ticket")
                .headers(h -> h.setBearerAuth(token))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
                .expectBody()
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.detail").isEqualTo("The access token is invalid or has expired. Sign in again.");
    }
}
