package cn.remotewindow.kiosk.screen;

import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A video view without a window: keeps the newest frame and counts frames, so that another front
 * end can fetch pictures and tests can see that video arrived.
 */
public final class RecordingVideoView implements VideoView {

    private final AtomicReference<BufferedImage> latest = new AtomicReference<>();
    private final AtomicLong frames = new AtomicLong();

    @Override
    public void show(BufferedImage frame) {
        latest.set(frame);
        frames.incrementAndGet();
    }

    @Override
    public void clear() {
        latest.set(null);
    }

    /** The newest frame, or null before the first one or after {@link #clear()}. */
    public BufferedImage latest() {
        return latest.get();
    }

    /** Size of the newest frame, or null. */
    public Dimension latestSize() {
        BufferedImage frame = latest.get();
        return frame == null ? null : new Dimension(frame.getWidth(), frame.getHeight());
    }

    /** Frames received since the start. */
    public long frameCount() {
        return frames.get();
    }
}
