package cn.remotewindow.kiosk.media;

import dev.onvoid.webrtc.media.video.CustomVideoSource;
import dev.onvoid.webrtc.media.video.VideoTrackSource;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A feed whose pictures are made in Java and pushed at a fixed rate into a
 * {@link CustomVideoSource}: the synthetic camera, a still image, a Swing component.
 */
abstract sealed class PushedVideoFeed extends VideoFeed permits SyntheticCamera, ImageCamera, PictureCamera, ComponentScreen {

    private static final Logger log = LoggerFactory.getLogger(PushedVideoFeed.class);

    private final VideoFormat format;
    private final CustomVideoSource source = new CustomVideoSource();
    private final AtomicLong framesPushed = new AtomicLong();
    private final Object pushing = new Object();
    private ScheduledFuture<?> task;
    private boolean closed;
    private boolean failureLogged;

    PushedVideoFeed(String label, VideoFormat format) {
        super(label);
        this.format = format;
    }

    /** Starts pushing on the engine's pacer thread. */
    final void start(ScheduledExecutorService pacer) {
        task = pacer.scheduleAtFixedRate(this::pushOne, 0, format.frameIntervalNanos(), TimeUnit.NANOSECONDS);
    }

    /**
     * The picture for frame {@code frameNumber}, or null to skip this tick (e.g. nothing new).
     * Called on the pacer thread, one call at a time.
     */
    abstract I420Image nextPicture(long frameNumber);

    private void pushOne() {
        synchronized (pushing) {
            if (closed) {
                return;
            }
            try {
                I420Image picture = nextPicture(framesPushed.get());
                if (picture != null) {
                    NativeFrames.push(source, picture, System.nanoTime());
                    framesPushed.incrementAndGet();
                }
            } catch (RuntimeException e) {
                // Keep the schedule alive (an exception would cancel it); log once, not 30 times a second.
                if (!failureLogged) {
                    failureLogged = true;
                    log.warn("{}: could not make a frame", label(), e);
                }
            }
        }
    }

    /** Frames pushed so far: what "frames sent" counts from the sender's side. */
    public long framesPushed() {
        return framesPushed.get();
    }

    @Override
    public VideoFormat format() {
        return format;
    }

    @Override
    VideoTrackSource nativeSource() {
        return source;
    }

    @Override
    public void close() {
        // Under the lock so that no push is running while the native source goes away.
        synchronized (pushing) {
            if (closed) {
                return;
            }
            closed = true;
            if (task != null) {
                task.cancel(false);
            }
            source.dispose();
        }
        notifyClosed();
    }
}
