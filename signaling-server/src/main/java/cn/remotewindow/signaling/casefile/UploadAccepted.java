package cn.remotewindow.signaling.casefile;

import cn.remotewindow.protocol.message.DocumentPhase;

/** The kiosk's answer to a document picture it uploaded (202). */
public record UploadAccepted(String documentId, DocumentPhase phase, int attempt, String sha256, long bytes, int width,
                             int height) {
}
