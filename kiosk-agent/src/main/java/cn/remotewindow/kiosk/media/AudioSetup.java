package cn.remotewindow.kiosk.media;

import dev.onvoid.webrtc.media.audio.AudioDeviceModule;
import dev.onvoid.webrtc.media.audio.AudioDeviceModuleBase;
import dev.onvoid.webrtc.media.audio.AudioLayer;
import dev.onvoid.webrtc.media.audio.HeadlessAudioDeviceModule;

/**
 * Which audio device module a {@link MediaEngine} runs on. The module decides what the engine can
 * do with audio, and no single module does everything without a sound card (measured with
 * webrtc-java 0.14.0, and explained from its source):
 *
 * <ul>
 *   <li>{@link #SYNTHETIC}: libwebrtc's dummy module. It never starts an audio thread, so a
 *       {@link ToneMicrophone} (a {@code CustomAudioSource}) is the only writer into the audio
 *       send stream and sending works. Nothing pulls received audio for playout, so remote audio
 *       reaches no sink: it shows only as RTP packets in {@link CallStats}.</li>
 *   <li>{@link #HEADLESS}: webrtc-java's {@code HeadlessAudioDeviceModule}, a fake sound card
 *       with a 10 ms playout thread, so remote audio reaches {@link RemoteAudio}. It cannot send a
 *       tone: its capture thread also delivers "recorded" audio every 10 ms (what it takes from
 *       the playout mix) into the same send stream, and a second writer from a
 *       {@code CustomAudioSource} trips libwebrtc's race check and aborts the JVM. The engine
 *       refuses a tone microphone on it. Adding any local audio track would send the received
 *       audio straight back, and pulls the playout mix twice, so a headless peer should send
 *       no audio.</li>
 *   <li>{@link #DEVICES}: the platform module (PulseAudio or ALSA): real microphone and speaker,
 *       picked by name. Fails to start on a machine without a sound card or sound server.</li>
 * </ul>
 *
 * So a kiosk without a sound card sends a tone with SYNTHETIC; the media tests give the expert
 * side its own engine with HEADLESS to hear that tone.
 */
public enum AudioSetup {
    SYNTHETIC,
    HEADLESS,
    DEVICES;

    AudioDeviceModuleBase createModule() {
        switch (this) {
            case SYNTHETIC:
                return new AudioDeviceModule(AudioLayer.kDummyAudio);
            case HEADLESS:
                return new HeadlessAudioDeviceModule();
            case DEVICES:
                try {
                    return new AudioDeviceModule(AudioLayer.kPlatformDefaultAudio);
                } catch (Error e) {
                    // webrtc-java reports a failed init as java.lang.Error; nothing else is wrong
                    // with the JVM, so turn it into something a caller can handle.
                    throw new MediaUnavailableException("no sound devices: the platform audio layer"
                            + " could not start (no sound card or sound server on this machine);"
                            + " use AudioSetup.SYNTHETIC", e);
                }
            default:
                throw new IllegalStateException("unknown audio setup " + this);
        }
    }

    boolean canSendCustomAudio() {
        return this == SYNTHETIC;
    }
}
