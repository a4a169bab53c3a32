package cn.remotewindow.kiosk.media;

import dev.onvoid.webrtc.media.video.VideoTrackSource;

/**
 * A local picture source: a camera (synthetic, still image or device) or a screen (desktop
 * capture or a Swing component). Made by {@link MediaEngine}; one feed may serve several peers.
 * Close it after the peers that use it.
 */
public abstract sealed class VideoFeed implements AutoCloseable
        permits PushedVideoFeed, DeviceCamera, DesktopScreen {

    private final String label;
    private volatile Runnable closeHook = () -> { };

    VideoFeed(String label) {
        this.label = label;
    }

    /** What the feed shows, for logs and track ids, e.g. "synthetic-camera". */
    public String label() {
        return label;
    }

    /** The format asked for; a device may deliver less. */
    public abstract VideoFormat format();

    abstract VideoTrackSource nativeSource();

    /** Stops producing frames and frees the native source. Idempotent. */
    /** Set by the engine, so that it forgets a feed once closed. */
    void onClose(Runnable hook) {
        this.closeHook = hook;
    }

    /** Subclasses call this at the end of their first {@code close()}. */
    final void notifyClosed() {
        closeHook.run();
    }

    @Override
    public abstract void close();
}
