package cn.remotewindow.signaling.record;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.nio.charset.StandardCharsets;

/**
 * Seals and opens personal data (ID numbers, face images) with AES-256-GCM from the JDK. The key
 * id is bound into each ciphertext as associated data, so a record cannot be opened under another
 * key id than the one it names.
 */
public final class EvidenceCipher {

    private static final Logger log = LoggerFactory.getLogger(EvidenceCipher.class);
    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final String keyId;
    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    private EvidenceCipher(String keyId, byte[] key) {
        this.keyId = keyId;
        this.key = new SecretKeySpec(key, "AES");
    }

    /**
     * @param base64Key 32 bytes, base64; blank = a random key for this process only (evidence sealed
     *                  with it cannot be opened after a restart: fine for the in-memory demo store only)
     */
    public static EvidenceCipher from(String keyId, String base64Key) {
        if (keyId == null || keyId.isBlank()) {
            throw new IllegalStateException("window.identity.evidence-key-id must not be blank");
        }
        if (base64Key == null || base64Key.isBlank()) {
            log.warn("window.identity.evidence-key is not set: sealing evidence with a random key for this process only");
            byte[] random = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(random);
            return new EvidenceCipher(keyId, random);
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64Key.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("window.identity.evidence-key must be base64", e);
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalStateException("window.identity.evidence-key must decode to exactly 32 bytes (AES-256)");
        }
        return new EvidenceCipher(keyId, bytes);
    }

    public String keyId() {
        return keyId;
    }

    public Sealed seal(byte[] plain) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            return new Sealed(keyId, iv, cipher.doFinal(plain));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing failed", e);
        }
    }

    public Sealed seal(String plain) {
        return seal(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalStateException if the data was sealed under another key or was altered */
    public byte[] open(Sealed sealed) {
        if (!keyId.equals(sealed.keyId())) {
            throw new IllegalStateException("sealed under key '" + sealed.keyId() + "', this server holds '" + keyId + "'");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed.iv()));
            cipher.updateAAD(sealed.keyId().getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed.ciphertext());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealed data could not be opened: altered, or another key", e);
        }
    }

    public String openText(Sealed sealed) {
        return new String(open(sealed), StandardCharsets.UTF_8);
    }
}
