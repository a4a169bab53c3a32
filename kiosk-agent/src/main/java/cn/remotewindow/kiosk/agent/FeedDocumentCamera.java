package cn.remotewindow.kiosk.agent;

import cn.remotewindow.kiosk.media.FrameGrabber;
import cn.remotewindow.kiosk.media.MediaEngine;
import cn.remotewindow.kiosk.media.VideoFeed;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

/**
 * A camera of the media engine used for documents: the named document camera (opened for the
 * request, closed after it) or the call's own camera (shared with the call, left open). A still is
 * the first whole frame after the tap, at the feed's size (the engine caps feeds at 1280x720).
 */
final class FeedDocumentCamera implements DocumentCamera {

    private static final int PREVIEW_FPS = 5;

    private final FrameGrabber grabber;
    private final VideoFeed owned;
    private final Clock clock;

    private FeedDocumentCamera(FrameGrabber grabber, VideoFeed owned, Clock clock) {
        this.grabber = grabber;
        this.owned = owned;
        this.clock = clock;
    }

    /** @param owned true when the feed was opened for documents and is closed with this camera */
    static FeedDocumentCamera tap(MediaEngine engine, VideoFeed feed, boolean owned, Clock clock) throws IOException {
        if (feed == null) {
            throw new IOException("no camera");
        }
        try {
            FrameGrabber grabber = FrameGrabber.open(engine, feed, feed.format().width(), feed.format().height(),
                    PREVIEW_FPS, clock);
            return new FeedDocumentCamera(grabber, owned ? feed : null, clock);
        } catch (RuntimeException e) {
            if (owned) {
                feed.close();
            }
            throw new IOException("cannot tap the camera: " + e.getMessage(), e);
        }
    }

    @Override
    public BufferedImage preview() {
        FrameGrabber.Grabbed latest = grabber.latest();
        return latest == null ? null : latest.image();
    }

    @Override
    public BufferedImage still(Duration timeout) throws IOException, InterruptedException {
        FrameGrabber.Grabbed frame = grabber.await(clock.millis(), timeout);
        if (frame == null) {
            throw new IOException("the camera delivered no picture within " + timeout.toMillis() + " ms");
        }
        return frame.image();
    }

    @Override
    public void close() {
        grabber.close();
        if (owned != null) {
            owned.close();
        }
    }
}
