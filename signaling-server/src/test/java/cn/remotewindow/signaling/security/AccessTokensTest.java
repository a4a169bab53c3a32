package cn.remotewindow.signaling.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.remotewindow.protocol.ErrorCode;
import cn.remotewindow.signaling.MutableClock;
import cn.remotewindow.signaling.TestTokens;
import cn.remotewindow.signaling.auth.InMemoryTicketLedger;
import cn.remotewindow.signaling.auth.JwtKey;
import cn.remotewindow.signaling.auth.SignalingTickets;
import cn.remotewindow.signaling.auth.TicketRejectedException;
import cn.remotewindow.signaling.config.WindowProperties;
import cn.remotewindow.signaling.party.Expert;
import cn.remotewindow.signaling.party.Kiosk;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

class AccessTokensTest {

    private static final Instant NOW = Instant.parse("2026-03-02T08:30:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final WindowProperties.Auth auth = new WindowProperties.Auth(
            Base64.getEncoder().encodeToString(new byte[32]), "xinxiang-window",
            Duration.ofHours(12), Duration.ofHours(24), Duration.ofHours(8), Duration.ofSeconds(60), 4);
    private final JwtKey key = JwtKey.from(auth);
    private final AccessTokens tokens = new AccessTokens(key, auth, clock);

    private final Expert expert = new Expert("zhangwei", "张伟", Set.of("PSB-HJQY", "PSB"));
    private final Kiosk kiosk = new Kiosk("kiosk-hongqi-01", "红旗区政务服务中心 1号自助终端", "红旗区");

    @Test
    void expertTokenCarriesIdentityRoleSkillsAndTheExpertLifetime() throws Exception {
        AccessTokens.Issued issued = tokens.issue(expert);

        SignedJWT jwt = SignedJWT.parse(issued.token());
        assertThat(jwt.verify(new MACVerifier(key.secretKey()))).isTrue();
        var claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("xinxiang-window");
        assertThat(claims.getAudience()).containsExactly("api");
        assertThat(claims.getSubject()).isEqualTo("zhangwei");
        assertThat(claims.getStringClaim("role")).isEqualTo("EXPERT");
        assertThat(claims.getStringClaim("name")).isEqualTo("张伟");
        assertThat(claims.getStringListClaim("skills")).containsExactly("PSB", "PSB-HJQY");
        assertThat(claims.getClaim("district")).isNull();
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(NOW.plus(Duration.ofHours(12)));
        assertThat(issued.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(12)));
    }

    @Test
    void kioskTokenCarriesDistrictAndTheKioskLifetime() throws Exception {
        AccessTokens.Issued issued = tokens.issue(kiosk);

        var claims = SignedJWT.parse(issued.token()).getJWTClaimsSet();
        assertThat(claims.getStringClaim("role")).isEqualTo("KIOSK");
        assertThat(claims.getStringClaim("district")).isEqualTo("红旗区");
        assertThat(claims.getClaim("skills")).isNull();
        assertThat(issued.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(24)));
    }

    @Test
    void thePartyReadBackFromATokenIsThePartyItWasIssuedFor() {
        Jwt expertJwt = decode(tokens.issue(expert).token());
        Jwt kioskJwt = decode(tokens.issue(kiosk).token());

        assertThat(AccessTokens.partyOf(expertJwt)).contains(expert);
        assertThat(AccessTokens.partyOf(kioskJwt)).contains(kiosk);
    }

    @Test
    void anAdminTokenSpeaksForNoPartyOfACall() {
        Jwt admin = decode(TestTokens.sign(key.secretKey(),
                TestTokens.accessClaims("ADMIN", NOW.plusSeconds(600)).build()));

        assertThat(AccessTokens.partyOf(admin)).isEmpty();
    }

    @Test
    void anAccessTokenDoesNotOpenTheWebSocket() {
        SignalingTickets tickets = new SignalingTickets(key, auth.issuer(), auth.ticketTtl(),
                new InMemoryTicketLedger(clock), clock);
        String accessToken = tokens.issue(expert).token();

        assertThatThrownBy(() -> tickets.verify(accessToken))
                .isInstanceOfSatisfying(TicketRejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.TOKEN_INVALID));
    }

    /** Claims only: expiry and audience checks are the decoder bean's business, tested over HTTP. */
    private Jwt decode(String token) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(key.secretKey()).build();
        decoder.setJwtValidator(jwt -> OAuth2TokenValidatorResult.success());
        return decoder.decode(token);
    }
}
