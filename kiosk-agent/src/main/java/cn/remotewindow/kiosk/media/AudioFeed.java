package cn.remotewindow.kiosk.media;

import dev.onvoid.webrtc.media.audio.AudioTrackSource;

/**
 * A local sound source: a synthetic tone or a real microphone. Made by {@link MediaEngine}.
 * Close it after the peers that use it.
 */
public abstract sealed class AudioFeed implements AutoCloseable permits ToneMicrophone, DeviceMicrophone {

    private final String label;
    private volatile Runnable closeHook = () -> { };

    AudioFeed(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    abstract AudioTrackSource nativeSource();

    /** A peer has attached a track of this feed to a sender (called on the peer's thread). */
    void attached() {
    }

    /** A peer is about to detach its track from the sender (called on the peer's thread). */
    void detaching() {
    }

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
