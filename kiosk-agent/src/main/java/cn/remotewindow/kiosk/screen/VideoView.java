package cn.remotewindow.kiosk.screen;

import java.awt.image.BufferedImage;

/**
 * Where the media layer delivers decoded video frames: the expert's camera, the kiosk's own
 * camera (self-view) and the expert's shared screen each have one, for the whole life of the
 * screen.
 *
 * <p>Both methods may be called from any thread (typically the media layer's decoder thread) and
 * return at once. A view keeps only the newest frame: when the screen is behind, older frames are
 * dropped, never queued. The view scales the frame to fit, keeping its aspect ratio.
 */
public interface VideoView {

    /**
     * Shows this frame next. The view takes the image over: the caller must not draw into it
     * afterwards (hand over a new image per frame, or a buffer from a pool it no longer touches).
     * Any image type works; {@link BufferedImage#TYPE_INT_RGB} is the cheapest to draw.
     */
    void show(BufferedImage frame);

    /** Forgets the last frame (the track ended): the view shows its placeholder again. */
    void clear();
}
