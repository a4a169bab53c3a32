package cn.remotewindow.kiosk.media;

import dev.onvoid.webrtc.media.video.VideoTrack;

/**
 * The kiosk's own camera as the citizen sees it (the self-view): a local track on the feed's
 * source with a sink, converted like the other side's video. Made by {@link MediaEngine#preview};
 * close it before the feed.
 */
public final class LocalPreview implements AutoCloseable {

    private final VideoTrack track;
    private final RemoteVideo frames;
    private final Runnable onClose;
    private boolean closed;

    LocalPreview(VideoTrack track, RemoteVideo frames, Runnable onClose) {
        this.track = track;
        this.frames = frames;
        this.onClose = onClose;
    }

    /** As {@link RemoteVideo#render}: converted frames at most {@code maxFps} a second, or null to stop. */
    public void render(int maxFps, FrameListener listener) {
        frames.render(maxFps, listener);
    }

    /** As {@link RemoteVideo#render(int, int, int, FrameListener)}: scaled to the size it is shown. */
    public void render(int maxFps, int maxWidth, int maxHeight, FrameListener listener) {
        frames.render(maxFps, maxWidth, maxHeight, listener);
    }

    public long framesReceived() {
        return frames.framesReceived();
    }

    /** Stops delivery and frees the track; the feed stays open. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        frames.detach();
        track.dispose();
        onClose.run();
    }
}
