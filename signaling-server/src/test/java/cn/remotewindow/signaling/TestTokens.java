package cn.remotewindow.signaling;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Hand-made tokens for tests that need what the server would never issue: expired, forged, admin. */
public final class TestTokens {

    private TestTokens() {
    }

    /** Claims as an access token of the given role carries them. */
    public static JWTClaimsSet.Builder accessClaims(String role, Instant expiresAt) {
        return new JWTClaimsSet.Builder()
                .issuer("remote-window")
                .audience("api")
                .subject("someone")
                .issueTime(Date.from(expiresAt.minusSeconds(3600)))
                .expirationTime(Date.from(expiresAt))
                .claim("role", role)
                .claim("name", "某人")
                .claim("skills", List.of("PSB"))
                .claim("district", "红旗区");
    }

    public static String sign(SecretKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static SecretKey randomKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return new SecretKeySpec(bytes, "HmacSHA256");
    }

    /** Signs in over HTTP and returns the access token. */
    public static String expertToken(WebTestClient client, String username, String password) {
        return client.post().uri("/api/auth/expert")
                .bodyValue(Map.of("username", username, "password", password))
                .exchange()
                .expectStatus().isOk()
                .expectBody(LoginBody.class).returnResult().getResponseBody().accessToken();
    }

    /** The demo auditor's ADMIN token, signed in over HTTP. */
    public static String adminToken(WebTestClient client) {
        return client.post().uri("/api/auth/admin")
                .bodyValue(Map.of("username", "auditor", "password", "demo-auditor"))
                .exchange()
                .expectStatus().isOk()
                .expectBody(LoginBody.class).returnResult().getResponseBody().accessToken();
    }

    public static String kioskToken(WebTestClient client, String kioskId, String secret) {
        return client.post().uri("/api/auth/kiosk")
                .bodyValue(Map.of("kioskId", kioskId, "secret", secret))
                .exchange()
                .expectStatus().isOk()
                .expectBody(LoginBody.class).returnResult().getResponseBody().accessToken();
    }

    /** Only the part of a sign-in answer that these helpers need. */
    public record LoginBody(String accessToken) {
    }
}
