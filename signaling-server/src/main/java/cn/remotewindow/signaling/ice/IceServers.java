package cn.remotewindow.signaling.ice;

import cn.remotewindow.protocol.message.IceServer;
import cn.remotewindow.signaling.config.WindowProperties;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The STUN/TURN servers a client should use. TURN credentials follow coturn's REST API
 * ({@code use-auth-secret}): username {@code <expiry epoch seconds>:<user id>}, password
 * base64(HMAC-SHA1(shared secret, username)), so TURN needs no per-user accounts.
 */
public final class IceServers {

    private final WindowProperties.Ice config;
    private final Clock clock;

    public IceServers(WindowProperties.Ice config, Clock clock) {
        if (!config.turnUrls().isEmpty() && config.turnSecret().isBlank()) {
            throw new IllegalStateException("window.ice.turn-secret is required when window.ice.turn-urls is set");
        }
        this.config = config;
        this.clock = clock;
    }

    /** ICE servers for one user; TURN credentials expire after the configured TTL. */
    public List<IceServer> forUser(String userId) {
        List<IceServer> servers = new ArrayList<>(2);
        if (!config.stunUrls().isEmpty()) {
            servers.add(new IceServer(config.stunUrls(), null, null));
        }
        if (!config.turnUrls().isEmpty()) {
            long expiry = clock.instant().plus(config.turnCredentialTtl()).getEpochSecond();
            String username = expiry + ":" + userId;
            servers.add(new IceServer(config.turnUrls(), username, credential(config.turnSecret(), username)));
        }
        return servers;
    }

    public long ttlSeconds() {
        return config.turnCredentialTtl().toSeconds();
    }

    static String credential(String secret, String username) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(username.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA1 unavailable", e);
        }
    }
}
