package cn.remotewindow.kiosk.media;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.Duration;

/**
 * A tap on a local video feed that keeps its latest frame as an image, stamped with the time it
 * was taken: the kiosk's own camera, as the call sends it, for the identity check's burst. Frames
 * arrive on the engine's render threads (converted at most {@code maxFps} a second, scaled down to
 * fit {@code maxWidth}x{@code maxHeight}); readers wait for one on their own thread. The stamp is
 * the wall clock when the frame reached the tap, a few milliseconds after the camera delivered it.
 * Close it when done: converting frames nobody takes costs CPU.
 */
public final class FrameGrabber implements AutoCloseable {

    /** One frame: the picture (the grabber's own copy) and when it was taken, in epoch milliseconds. */
    public record Grabbed(BufferedImage image, long capturedAt) {
    }

    private final LocalPreview preview;
    private final Clock clock;
    private Grabbed latest;

    private FrameGrabber(LocalPreview preview, Clock clock) {
        this.preview = preview;
        this.clock = clock;
    }

    /** Taps {@code feed}; frames come at most {@code maxFps} a second, no larger than the given size. */
    public static FrameGrabber open(MediaEngine engine, VideoFeed feed, int maxWidth, int maxHeight, int maxFps,
                                    Clock clock) {
        FrameGrabber grabber = new FrameGrabber(engine.preview(feed), clock);
        grabber.preview.render(maxFps, maxWidth, maxHeight, grabber::arrived);
        return grabber;
    }

    private synchronized void arrived(RgbFrame frame) {
        latest = new Grabbed(frame.toImage(), clock.millis());
        notifyAll();
    }

    /** The latest frame, or null before the first. */
    public synchronized Grabbed latest() {
        return latest;
    }

    /**
     * Waits for a frame taken at {@code notBefore} (epoch milliseconds) or later.
     *
     * @return the frame, or null when none came within {@code timeout} (the camera delivers nothing)
     */
    public synchronized Grabbed await(long notBefore, Duration timeout) throws InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        while (latest == null || latest.capturedAt() < notBefore) {
            long left = until - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return latest;
    }

    @Override
    public void close() {
        preview.close();
    }
}
