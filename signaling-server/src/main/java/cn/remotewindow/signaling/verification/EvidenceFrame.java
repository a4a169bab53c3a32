package cn.remotewindow.signaling.verification;

/** One frame of the kiosk's burst: the encoded image as received and the kiosk's capture time (epoch ms). */
public record EvidenceFrame(byte[] image, long capturedAt) {
}
