package cn.remotewindow.signaling.api.ice;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.signaling.HttpApiTest;
import cn.remotewindow.signaling.TestTokens;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@HttpApiTest
class IceServersControllerTest {

    @Autowired
    WebTestClient client;

    @Test
    void turnCredentialsFollowTheCoturnRestScheme() throws Exception {
        String accessToken = TestTokens.expertToken(client, "sunli", "demo-sunli");

        IceServersResponse response = client.get().uri("/api/ice-servers")
                .headers(h -> h.setBearerAuth(accessToken))
                .exchange()
                .expectStatus().isOk()
                .expectBody(IceServersResponse.class).returnResult().getResponseBody();

        assertThat(response.ttlSeconds()).isEqualTo(Duration.ofHours(12).toSeconds());
        assertThat(response.iceServers()).hasSize(2);
        IceServersResponse.IceServerView stun = response.iceServers().get(0);
        assertThat(stun.urls()).containsExactly("stun:stun.xinxiang.example:3478");
        assertThat(stun.username()).isNull();
        IceServersResponse.IceServerView turn = response.iceServers().get(1);
        assertThat(turn.urls()).containsExactly("turn:turn.xinxiang.example:3478?transport=udp",
                "turns:turn.xinxiang.example:5349");

        String[] username = turn.username().split(":", 2);
        assertThat(username[1]).isEqualTo("sunli");
        long expiry = Long.parseLong(username[0]);
        long expected = Instant.now().plus(Duration.ofHours(12)).getEpochSecond();
        assertThat(expiry).isBetween(expected - 60, expected);
        assertThat(turn.credential()).isEqualTo(hmacSha1Base64(HttpApiTest.TURN_SECRET, turn.username()));
    }

    @Test
    void stunEntriesCarryNoCredentialFields() {
        String accessToken = TestTokens.kioskToken(client, "kiosk-hongqi-01", "demo-kiosk-hongqi-01");

        client.get().uri("/api/ice-servers")
                .headers(h -> h.setBearerAuth(accessToken))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.iceServers[0].username").doesNotExist()
                .jsonPath("$.iceServers[0].credential").doesNotExist()
                .jsonPath("$.iceServers[1].username").value(String.class,
                        u -> assertThat(u).endsWith(":kiosk-hongqi-01"));
    }

    @Test
    void needsAnAccessToken() {
        client.get().uri("/api/ice-servers")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    /** Written apart from the server's IceServers so that a mistake there cannot hide here. */
    private static String hmacSha1Base64(String secret, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        return Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }
}
