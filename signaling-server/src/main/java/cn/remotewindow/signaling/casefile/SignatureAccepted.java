package cn.remotewindow.signaling.casefile;

/** The kiosk's answer to the signature it uploaded: 201 the first time, 200 for the same signature again. */
public record SignatureAccepted(String closingId, String sha256, String receiptPath) {
}
