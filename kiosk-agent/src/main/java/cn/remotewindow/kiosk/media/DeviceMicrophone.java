package cn.remotewindow.kiosk.media;

import dev.onvoid.webrtc.media.audio.AudioTrackSource;

/**
 * The real microphone selected on the engine's audio device module ({@link AudioSetup#DEVICES}),
 * with echo cancellation, noise suppression and gain control on: a kiosk's speaker is close to
 * its microphone, and the hall around it is noisy.
 */
public final class DeviceMicrophone extends AudioFeed {

    private final AudioTrackSource source;

    DeviceMicrophone(String deviceName, AudioTrackSource source) {
        super("microphone:" + deviceName);
        this.source = source;
    }

    @Override
    AudioTrackSource nativeSource() {
        return source;
    }

    /** Nothing to free: libwebrtc frees the source with the last track that uses it. */
    @Override
    public void close() {
        notifyClosed();
    }
}
