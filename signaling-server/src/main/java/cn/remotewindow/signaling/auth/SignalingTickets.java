package cn.remotewindow.signaling.auth;

import cn.remotewindow.protocol.ErrorCode;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.signaling.party.Expert;
import cn.remotewindow.signaling.party.Kiosk;
import cn.remotewindow.signaling.party.Party;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/**
 * Issues and verifies signaling tickets: short-lived, single-use JWTs (HS256, audience
 * {@value #AUDIENCE}) that carry the party's role and identity onto a WebSocket connection.
 */
public final class SignalingTickets {

    public static final String AUDIENCE = "signaling";

    /** A ticket and when it stops working. */
    public record Issued(String token, Instant expiresAt) {
    }

    private final JwtKey key;
    private final String issuer;
    private final Duration ttl;
    private final TicketLedger ledger;
    private final Clock clock;

    public SignalingTickets(JwtKey key, String issuer, Duration ttl, TicketLedger ledger, Clock clock) {
        this.key = key;
        this.issuer = issuer;
        this.ttl = ttl;
        this.ledger = ledger;
        this.clock = clock;
    }

    public Issued issue(Party party) {
        // JWT times are whole seconds; advertise exactly the expiry the token carries.
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = now.plus(ttl);
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(AUDIENCE)
                .subject(party.id())
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expiresAt))
                .claim("role", party.role().name())
                .claim("name", party.displayName());
        if (party instanceof Kiosk kiosk) {
            claims.claim("district", kiosk.district());
        } else if (party instanceof Expert expert) {
            claims.claim("skills", List.copyOf(expert.skills()));
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
            jwt.sign(new MACSigner(key.secretKey()));
            return new Issued(jwt.serialize(), expiresAt);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign ticket", e);
        }
    }

    /**
     * Checks signature, issuer, audience, expiry and single use, and returns the party.
     *
     * @throws TicketRejectedException with TOKEN_INVALID, TOKEN_EXPIRED or TOKEN_REPLAYED
     */
    public Party verify(String token) {
        JWTClaimsSet claims = verifiedClaims(token);
        if (!issuer.equals(claims.getIssuer()) || claims.getAudience() == null
                || !claims.getAudience().contains(AUDIENCE) || claims.getJWTID() == null) {
            throw new TicketRejectedException(ErrorCode.TOKEN_INVALID, "not a signaling ticket");
        }
        Date expiry = claims.getExpirationTime();
        if (expiry == null || !expiry.toInstant().isAfter(clock.instant())) {
            throw new TicketRejectedException(ErrorCode.TOKEN_EXPIRED, "ticket expired");
        }
        Party party = partyOf(claims);
        if (!ledger.firstUse(claims.getJWTID(), expiry.toInstant())) {
            throw new TicketRejectedException(ErrorCode.TOKEN_REPLAYED, "ticket already used");
        }
        return party;
    }

    private JWTClaimsSet verifiedClaims(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new MACVerifier(key.secretKey()))) {
                throw new TicketRejectedException(ErrorCode.TOKEN_INVALID, "bad signature");
            }
            return jwt.getJWTClaimsSet();
        } catch (ParseException | JOSEException e) {
            throw new TicketRejectedException(ErrorCode.TOKEN_INVALID, "malformed token");
        }
    }

    private static Party partyOf(JWTClaimsSet claims) {
        try {
            String subject = claims.getSubject();
            String name = claims.getStringClaim("name");
            Role role = Role.valueOf(String.valueOf(claims.getStringClaim("role")));
            if (subject == null || name == null) {
                throw new TicketRejectedException(ErrorCode.TOKEN_INVALID, "ticket lacks identity");
            }
            return switch (role) {
                case KIOSK -> {
                    String district = claims.getStringClaim("district");
                    if (district == null) {
                        throw new TicketRejectedException(ErrorCode.TOKEN_INVALID, "kiosk ticket lacks district");
                    }
                    yield new Kiosk(subject, name, district);
                }
                case EXPERT -> {
                    List<String> skills = claims.getStringListClaim("skills");
                    yield new Expert(subject, name, skills == null ? java.util.Set.of() : new HashSet<>(skills));
                }
                case SERVER -> throw new TicketRejectedException(ErrorCode.TOKEN_INVALID, "no such role");
            };
        } catch (ParseException | IllegalArgumentException e) {
            throw new TicketRejectedException(ErrorCode.TOKEN_INVALID, "ticket lacks a valid role");
        }
    }
}
