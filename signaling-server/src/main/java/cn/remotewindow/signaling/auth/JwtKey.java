package cn.remotewindow.signaling.auth;

import cn.remotewindow.signaling.config.WindowProperties;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HMAC key that signs access tokens and signaling tickets. */
public final class JwtKey {

    private static final Logger log = LoggerFactory.getLogger(JwtKey.class);
    static final int MIN_BYTES = 32;

    private final SecretKey key;

    private JwtKey(byte[] bytes) {
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    public static JwtKey from(WindowProperties.Auth auth) {
        String secret = auth.jwtSecret();
        if (secret == null || secret.isBlank()) {
            log.warn("window.auth.jwt-secret is not set: using a random key for this process only. "
                    + "Tokens will not survive a restart and other nodes cannot verify them.");
            byte[] random = new byte[MIN_BYTES];
            new SecureRandom().nextBytes(random);
            return new JwtKey(random);
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(secret.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("window.auth.jwt-secret must be base64", e);
        }
        if (bytes.length < MIN_BYTES) {
            throw new IllegalStateException("window.auth.jwt-secret must decode to at least " + MIN_BYTES + " bytes");
        }
        return new JwtKey(bytes);
    }

    public SecretKey secretKey() {
        return key;
    }
}
