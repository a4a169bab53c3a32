package cn.remotewindow.kiosk.media;

import java.awt.image.BufferedImage;

/**
 * Where a {@link PictureCamera} takes its pictures from: asked once per frame, on the engine's
 * pacer thread. Returning the same image object again costs nothing (it is converted once); a new
 * object is converted when it first appears.
 */
@FunctionalInterface
public interface PictureSource {

    /** The picture to send now; null to send the last one again. */
    BufferedImage picture();
}
