package cn.remotewindow.identity.verify;

import java.util.Objects;

/**
 * One camera frame of a burst, as the kiosk sent it.
 *
 * @param encodedImage     JPEG or PNG bytes (not copied: do not change them while a decision runs)
 * @param capturedAtMillis when the kiosk captured it, epoch milliseconds
 */
public record CapturedFrame(byte[] encodedImage, long capturedAtMillis) {

    public CapturedFrame {
        Objects.requireNonNull(encodedImage, "encodedImage");
    }
}
