package cn.remotewindow.signaling.record.verification;

import cn.remotewindow.signaling.record.Sealed;

/** An evidence image: the SHA-256 of the bytes as received, their type and size, and the bytes sealed. */
public record StoredImage(String sha256, String contentType, int size, Sealed data) {
}
