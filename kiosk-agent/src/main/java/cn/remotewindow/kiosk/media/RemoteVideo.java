package cn.remotewindow.kiosk.media;

import dev.onvoid.webrtc.media.video.VideoFrame;
import dev.onvoid.webrtc.media.video.VideoTrack;
import dev.onvoid.webrtc.media.video.VideoTrackSink;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A video track the other side sends: its camera or its screen ({@link #isScreen()}). Counts
 * every frame, and hands a converted {@link RgbFrame} to a renderer at most {@code maxFps} times
 * a second.
 *
 * <p>On the native decoder thread a frame is only counted and, when a render is due and none is
 * in progress, passed to the render executor; otherwise it is released at once. So the decoder
 * never waits for Java, frames never queue up behind a slow screen, and every frame is released
 * exactly once.
 */
public final class RemoteVideo {

    /** The stream id senders use for a screen share (docs: kiosk-agent/README.md). */
    public static final String SCREEN_STREAM = "screen";

    private static final Logger log = LoggerFactory.getLogger(RemoteVideo.class);

    private record Renderer(FrameListener listener, long intervalNanos, int maxWidth, int maxHeight) {
    }

    private final String mid;
    private final String streamId;
    private final VideoTrack track;
    private final Executor renderExecutor;
    private final AtomicLong framesReceived = new AtomicLong();
    private final AtomicLong framesRendered = new AtomicLong();
    private final AtomicLong lastSize = new AtomicLong();
    private final AtomicBoolean rendering = new AtomicBoolean();
    private final AtomicReference<Renderer> renderer = new AtomicReference<>();
    private final NativeFrames.Scratch scratch = new NativeFrames.Scratch();
    private final VideoTrackSink sink = this::onFrame;
    private volatile long lastRenderNanos;
    private volatile long firstFrameNanos;
    private volatile boolean ended;

    RemoteVideo(String mid, String streamId, VideoTrack track, Executor renderExecutor) {
        this.mid = mid;
        this.streamId = streamId;
        this.track = track;
        this.renderExecutor = renderExecutor;
    }

    void attach() {
        track.addSink(sink);
    }

    /** Stops delivery; after this returns no frame callback is running. Peer thread. */
    void detach() {
        if (!ended) {
            ended = true;
            track.removeSink(sink);
        }
    }

    /** The m-line this track arrives on. */
    public String mid() {
        return mid;
    }

    /** The sender's stream id: "camera", "screen", or whatever a browser chose. */
    public String streamId() {
        return streamId;
    }

    public boolean isScreen() {
        return SCREEN_STREAM.equals(streamId);
    }

    /** True once the sender stopped it or the call closed. */
    public boolean ended() {
        return ended;
    }

    public long framesReceived() {
        return framesReceived.get();
    }

    /** When the first frame arrived ({@link System#nanoTime()}), 0 before it. */
    public long firstFrameNanos() {
        return firstFrameNanos;
    }

    public long framesRendered() {
        return framesRendered.get();
    }

    /** Width of the last frame, 0 before the first. */
    public int lastWidth() {
        return (int) (lastSize.get() >>> 32);
    }

    /** Height of the last frame, 0 before the first. */
    public int lastHeight() {
        return (int) lastSize.get();
    }

    /**
     * Sets who gets converted frames, at most {@code maxFps} a second (replacing any earlier
     * renderer); null stops rendering. The listener runs on a media render thread.
     */
    public void render(int maxFps, FrameListener listener) {
        render(maxFps, VideoFormat.MAX_WIDTH, VideoFormat.MAX_HEIGHT, listener);
    }

    /**
     * As {@link #render(int, FrameListener)}, scaled down (natively, before conversion) to fit in
     * {@code maxWidth} x {@code maxHeight}: a picture is converted at the size it is shown, not at
     * the size it was sent (a 720p self-view drawn as a thumbnail costs a tenth when scaled first).
     */
    public void render(int maxFps, int maxWidth, int maxHeight, FrameListener listener) {
        if (listener == null) {
            renderer.set(null);
            return;
        }
        if (maxFps < 1 || maxFps > 60) {
            throw new IllegalArgumentException("maxFps must be 1 to 60: " + maxFps);
        }
        if (maxWidth < 16 || maxHeight < 16) {
            throw new IllegalArgumentException("the render size must be at least 16x16: " + maxWidth + "x" + maxHeight);
        }
        renderer.set(new Renderer(listener, 1_000_000_000L / maxFps, maxWidth, maxHeight));
    }

    private void onFrame(VideoFrame frame) {
        boolean handedOver = false;
        try {
            if (framesReceived.incrementAndGet() == 1) {
                firstFrameNanos = System.nanoTime();
            }
            lastSize.set(((long) frame.buffer.getWidth() << 32) | frame.buffer.getHeight());
            Renderer r = renderer.get();
            long now = System.nanoTime();
            if (r != null && now - lastRenderNanos >= r.intervalNanos() * 9 / 10
                    && rendering.compareAndSet(false, true)) {
                lastRenderNanos = now;
                renderExecutor.execute(() -> convert(frame, r));
                handedOver = true;
            }
        } catch (RejectedExecutionException engineClosed) {
            rendering.set(false);
        } finally {
            if (!handedOver) {
                frame.release();
            }
        }
    }

    private void convert(VideoFrame frame, Renderer r) {
        try {
            RgbFrame rgb = NativeFrames.toRgb(frame, scratch, r.maxWidth(), r.maxHeight());
            frame.release();
            frame = null;
            r.listener().onFrame(rgb);
            framesRendered.incrementAndGet();
        } catch (RuntimeException e) {
            log.warn("stream {}: renderer failed", streamId, e);
        } finally {
            if (frame != null) {
                frame.release();
            }
            rendering.set(false);
        }
    }

    @Override
    public String toString() {
        return "RemoteVideo[mid=" + mid + ", stream=" + streamId + ", frames=" + framesReceived + "]";
    }
}
