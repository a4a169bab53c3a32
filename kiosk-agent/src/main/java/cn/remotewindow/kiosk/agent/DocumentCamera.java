package cn.remotewindow.kiosk.agent;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Duration;

/** Where document pictures come from: a live picture to aim with, and a still at full resolution. */
public interface DocumentCamera extends AutoCloseable {

    /** Opens the configured document camera; throws when it cannot be opened. */
    interface Opener {
        DocumentCamera open() throws IOException;
    }

    /** The latest picture for the preview, or null before the first. */
    BufferedImage preview();

    /**
     * A still taken now, at the camera's full resolution (blocking, on a worker thread).
     *
     * @throws IOException when the camera delivers nothing within {@code timeout}
     */
    BufferedImage still(Duration timeout) throws IOException, InterruptedException;

    @Override
    void close();
}
