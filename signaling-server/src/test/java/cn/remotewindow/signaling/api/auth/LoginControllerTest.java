package cn.remotewindow.signaling.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.signaling.HttpApiTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.test.web.reactive.server.WebTestClient;

@HttpApiTest
class LoginControllerTest {

    @Autowired
    WebTestClient client;
    @Autowired
    ReactiveJwtDecoder accessTokenDecoder;

    @Test
    void anExpertSignsInAndGetsAnAccessTokenForTheirSkills() {
        ExpertLoginResponse response = expertLogin("liuyang", "demo-liuyang")
                .expectStatus().isOk()
                .expectBody(ExpertLoginResponse.class).returnResult().getResponseBody();

        assertThat(response.tokenType()).isEqualTo("Bearer");
        assertThat(response.expert().id()).isEqualTo("liuyang");
        assertThat(response.expert().displayName()).isEqualTo("刘洋");
        assertThat(response.expert().skills()).contains("HRSS", "HRSS-SBZY");
        assertThat(response.expiresAt()).isBetween(Instant.now().plus(Duration.ofHours(11)),
                Instant.now().plus(Duration.ofHours(12)));
        Jwt token = accessTokenDecoder.decode(response.accessToken()).block();
        assertThat(token.getSubject()).isEqualTo("liuyang");
        assertThat(token.getClaimAsString("role")).isEqualTo("EXPERT");
        assertThat(token.getClaimAsStringList("skills")).containsExactlyInAnyOrderElementsOf(response.expert().skills());
    }

    @Test
    void anAuditorSignsInForAnAdminTokenAndAnExpertsPasswordIsNoAuditorsOne() {
        AdminLoginResponse response = client.post().uri("/api/auth/admin")
                .bodyValue(java.util.Map.of("username", "auditor", "password", "demo-auditor"))
                .exchange()
                .expectStatus().isOk()
                .expectBody(AdminLoginResponse.class).returnResult().getResponseBody();
        assertThat(response.admin().displayName()).isEqualTo("审计员 李敏");
        Jwt token = accessTokenDecoder.decode(response.accessToken()).block();
        assertThat(token.getClaimAsString("role")).isEqualTo("ADMIN");
        assertThat(token.getClaims()).doesNotContainKeys("skills", "district");
        assertThat(response.expiresAt()).isBefore(Instant.now().plus(Duration.ofHours(8)).plusSeconds(5));

        client.post().uri("/api/auth/admin")
                .bodyValue(java.util.Map.of("username", "zhangwei", "password", "demo-zhangwei"))
                .exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void aConfiguredExpertSignsInWithTheirBcryptPassword() {
        expertLogin(HttpApiTest.CONFIGURED_EXPERT, HttpApiTest.CONFIGURED_EXPERT_PASSWORD)
                .expectStatus().isOk()
                .expectBody().jsonPath("$.expert.displayName").isEqualTo("测试专家");
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
        byte[] wrongPassword = expertLogin("wangfang", "demo-wangfang-typo")
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().returnResult().getResponseBody();
        byte[] unknownUser = expertLogin("nobody-at-all", "demo-wangfang-typo")
                .expectStatus().isUnauthorized()
                .expectBody().returnResult().getResponseBody();

        assertThat(new String(unknownUser)).isEqualTo(new String(wrongPassword)).contains("Wrong username or password");
    }

    @Test
    void afterFiveFailuresTheNameIsThrottledEvenWithTheRightPassword() {
        for (int i = 0; i < 5; i++) {
            expertLogin(HttpApiTest.THROTTLED_EXPERT, "guess-" + i).expectStatus().isUnauthorized();
        }

        expertLogin(HttpApiTest.THROTTLED_EXPERT, HttpApiTest.CONFIGURED_EXPERT_PASSWORD)
                .expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.RETRY_AFTER,
                        v -> assertThat(Long.parseLong(v)).isBetween(1L, 300L))
                .expectBody().jsonPath("$.status").isEqualTo(429);
        // Another name is not affected.
        expertLogin("chenjing", "demo-chenjing").expectStatus().isOk();
    }

    @Test
    void unknownUsersAreThrottledToo() {
        for (int i = 0; i < 5; i++) {
            expertLogin("not-an-expert", "guess-" + i).expectStatus().isUnauthorized();
        }

        expertLogin("not-an-expert", "guess-5").expectStatus().isEqualTo(429);
    }

    @Test
    void aKioskSignsInWithItsDeviceSecret() {
        KioskLoginResponse response = client.post().uri("/api/auth/kiosk")
                .bodyValue(Map.of("kioskId", "kiosk-yuanyang-01", "secret", "demo-kiosk-yuanyang-01"))
                .exchange()
                .expectStatus().isOk()
                .expectBody(KioskLoginResponse.class).returnResult().getResponseBody();

        assertThat(response.kiosk().id()).isEqualTo("kiosk-yuanyang-01");
        assertThat(response.kiosk().district()).isEqualTo("原阳县");
        assertThat(response.expiresAt()).isAfter(Instant.now().plus(Duration.ofHours(23)));
        Jwt token = accessTokenDecoder.decode(response.accessToken()).block();
        assertThat(token.getClaimAsString("role")).isEqualTo("KIOSK");
        assertThat(token.getClaimAsString("district")).isEqualTo("原阳县");
    }

    @Test
    void aKioskWithTheWrongSecretIsRefused() {
        client.post().uri("/api/auth/kiosk")
                .bodyValue(Map.of("kioskId", HttpApiTest.CONFIGURED_KIOSK, "secret", "demo-kiosk-hongqi-01"))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.detail").isEqualTo("Wrong kiosk id or secret.");
        client.post().uri("/api/auth/kiosk")
                .bodyValue(Map.of("kioskId", HttpApiTest.CONFIGURED_KIOSK, "secret", HttpApiTest.CONFIGURED_KIOSK_SECRET))
                .exchange()
                .expectStatus().isOk();
    }

    @Test
    void invalidFieldsAreListed() {
        client.post().uri("/api/auth/expert")
                .bodyValue(Map.of("username", " ", "password", "x".repeat(129)))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.errors.length()").isEqualTo(2)
                .jsonPath("$.errors[0].field").isEqualTo("password")
                .jsonPath("$.errors[0].message").isEqualTo("password is at most 128 characters")
                .jsonPath("$.errors[1].field").isEqualTo("username")
                .jsonPath("$.errors[1].message").isEqualTo("username is required");
    }

    @Test
    void missingKioskFieldsAreListed() {
        client.post().uri("/api/auth/kiosk")
                .bodyValue(Map.of())
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors.length()").isEqualTo(2)
                .jsonPath("$.errors[0].field").isEqualTo("kioskId")
                .jsonPath("$.errors[1].field").isEqualTo("secret");
    }

    private WebTestClient.ResponseSpec expertLogin(String username, String password) {
        return client.post().uri("/api/auth/expert")
                .bodyValue(Map.of("username", username, "password", password))
                .exchange();
    }
}
