package cn.remotewindow.signaling.record;

/**
 * Personal data encrypted at rest: AES-256-GCM ciphertext (with its tag), the 96-bit nonce, and
 * the id of the key that sealed it, so that keys can be rotated and old records still opened.
 */
public record Sealed(String keyId, byte[] iv, byte[] ciphertext) {

    /** Never prints the bytes. */
    @Override
    public String toString() {
        return "Sealed[" + keyId + ", " + ciphertext.length + " bytes]";
    }
}
