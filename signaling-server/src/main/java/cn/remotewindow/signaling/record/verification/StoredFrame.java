package cn.remotewindow.signaling.record.verification;

/** One frame of the kiosk's burst, in capture order, with the kiosk's capture time (epoch ms). */
public record StoredFrame(int index, long capturedAt, StoredImage image) {
}
