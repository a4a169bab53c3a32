package cn.remotewindow.signaling.security;

import cn.remotewindow.signaling.auth.JwtKey;
import cn.remotewindow.signaling.config.WindowProperties;
import cn.remotewindow.signaling.party.Expert;
import cn.remotewindow.signaling.party.Kiosk;
import cn.remotewindow.signaling.party.Party;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Access tokens for the HTTP API: HS256 JWTs, audience {@value #AUDIENCE}, signed with the same
 * key as signaling tickets. The audience keeps the two apart: a ticket is refused by the API and
 * an access token by the WebSocket.
 */
public final class AccessTokens {

    public static final String AUDIENCE = "api";
    static final String ROLE = "role";
    static final String NAME = "name";
    static final String SKILLS = "skills";
    static final String DISTRICT = "district";

    /** A token and when it stops working. */
    public record Issued(String token, Instant expiresAt) {
    }

    private final JwtKey key;
    private final WindowProperties.Auth auth;
    private final Clock clock;

    public AccessTokens(JwtKey key, WindowProperties.Auth auth, Clock clock) {
        this.key = key;
        this.auth = auth;
        this.clock = clock;
    }

    /** A token for a signed-in expert or kiosk; experts and kiosks have their own lifetimes. */
    public Issued issue(Party party) {
        // Whole seconds: a JWT carries no more, and expiresAt must not promise later than "exp".
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(auth.issuer())
                .audience(AUDIENCE)
                .subject(party.id())
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .claim(NAME, party.displayName());
        Duration ttl;
        if (party instanceof Expert expert) {
            ttl = auth.expertAccessTtl();
            claims.claim(ROLE, AccessRole.EXPERT.name()).claim(SKILLS, expert.skills().stream().sorted().toList());
        } else if (party instanceof Kiosk kiosk) {
            ttl = auth.kioskAccessTtl();
            claims.claim(ROLE, AccessRole.KIOSK.name()).claim(DISTRICT, kiosk.district());
        } else {
            throw new IllegalArgumentException("no access token for " + party);
        }
        Instant expiresAt = now.plus(ttl);
        claims.expirationTime(Date.from(expiresAt));
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(),
                    claims.build());
            jwt.sign(new MACSigner(key.secretKey()));
            return new Issued(jwt.serialize(), expiresAt);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign access token", e);
        }
    }

    /** An auditor's token: role ADMIN, no skills, no district; it opens the records, never a call. */
    public Issued issueAdmin(String username, String displayName) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = now.plus(auth.adminAccessTtl());
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(auth.issuer())
                .audience(AUDIENCE)
                .subject(username)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expiresAt))
                .claim(NAME, displayName)
                .claim(ROLE, AccessRole.ADMIN.name())
                .build();
        return new Issued(sign(claims), expiresAt);
    }

    private String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new MACSigner(key.secretKey()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign access token", e);
        }
    }

    /**
     * The expert or kiosk a verified token speaks for; empty for roles that take no part in calls
     * (ADMIN) or a token that lacks its claims.
     */
    public static Optional<Party> partyOf(Jwt jwt) {
        String id = jwt.getSubject();
        String name = jwt.getClaimAsString(NAME);
        String role = jwt.getClaimAsString(ROLE);
        if (id == null || name == null || role == null) {
            return Optional.empty();
        }
        if (AccessRole.EXPERT.name().equals(role)) {
            List<String> skills = jwt.getClaimAsStringList(SKILLS);
            return Optional.of(new Expert(id, name, skills == null ? Set.of() : new HashSet<>(skills)));
        }
        String district = jwt.getClaimAsString(DISTRICT);
        if (AccessRole.KIOSK.name().equals(role) && district != null) {
            return Optional.of(new Kiosk(id, name, district));
        }
        return Optional.empty();
    }
}
