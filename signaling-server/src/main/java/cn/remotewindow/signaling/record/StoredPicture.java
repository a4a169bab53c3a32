package cn.remotewindow.signaling.record;

import java.time.Instant;

/**
 * One picture attached to a case, sealed (AES-256-GCM) with the hash of its plain bytes: a
 * document upload (each retake its own attempt) or the signature (attempt 1, id of its closing).
 *
 * @param materialCode the material it shows; null for a signature
 * @param storedBy     who sent it, e.g. {@code KIOSK:k-hq-01}
 */
public record StoredPicture(String pictureId, int attempt, String sessionId, String caseNumber, String materialCode,
                            PictureKind kind, String sha256, String contentType, long bytes, int width, int height,
                            Sealed sealed, Instant storedAt, String storedBy) {
}
