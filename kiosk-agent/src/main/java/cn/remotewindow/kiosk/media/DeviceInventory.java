package cn.remotewindow.kiosk.media;

import dev.onvoid.webrtc.media.Device;
import dev.onvoid.webrtc.media.MediaDevices;
import dev.onvoid.webrtc.media.audio.AudioDevice;
import dev.onvoid.webrtc.media.audio.AudioDeviceModuleBase;
import dev.onvoid.webrtc.media.video.VideoDevice;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The cameras, microphones and speakers present, by name.
 *
 * <p>Cameras come from {@code MediaDevices} (V4L2). Sound devices come from the engine's audio
 * device module, and only under {@link AudioSetup#DEVICES}: {@code MediaDevices}' own audio
 * listing connects to PulseAudio and, when no sound server runs, waits forever (its error path
 * deadlocks in webrtc-java 0.14.0), so it is never called.
 */
public final class DeviceInventory {

    private final AudioDeviceModuleBase audioModule;
    private final AudioSetup audioSetup;

    DeviceInventory(AudioDeviceModuleBase audioModule, AudioSetup audioSetup) {
        this.audioModule = audioModule;
        this.audioSetup = audioSetup;
    }

    public List<String> cameras() {
        return names(MediaDevices.getVideoCaptureDevices());
    }

    /** Microphones; empty unless the engine runs on {@link AudioSetup#DEVICES}. */
    public List<String> microphones() {
        return audioSetup == AudioSetup.DEVICES ? names(audioModule.getRecordingDevices()) : List.of();
    }

    /** Speakers; empty unless the engine runs on {@link AudioSetup#DEVICES}. */
    public List<String> speakers() {
        return audioSetup == AudioSetup.DEVICES ? names(audioModule.getPlayoutDevices()) : List.of();
    }

    /** A plain description for logs and the kiosk's service screen. */
    public String describe() {
        String audio = audioSetup == AudioSetup.DEVICES
                ? "microphones: " + listOrNone(microphones()) + "; speakers: " + listOrNone(speakers())
                : "sound devices: not used (audio setup " + audioSetup + ")";
        return "cameras: " + listOrNone(cameras()) + "; " + audio;
    }

    VideoDevice camera(String name) {
        return find(MediaDevices.getVideoCaptureDevices(), name, "camera");
    }

    AudioDevice microphone(String name) {
        requireDevices("microphone");
        return find(audioModule.getRecordingDevices(), name, "microphone");
    }

    AudioDevice speaker(String name) {
        requireDevices("speaker");
        return find(audioModule.getPlayoutDevices(), name, "speaker");
    }

    private void requireDevices(String what) {
        if (audioSetup != AudioSetup.DEVICES) {
            throw new MediaUnavailableException("a " + what + " needs AudioSetup.DEVICES; this engine runs "
                    + audioSetup);
        }
    }

    /** Exact name first, then the first name that contains the wanted text (case-insensitive). */
    private static <D extends Device> D find(List<D> devices, String wanted, String what) {
        Optional<D> exact = devices.stream().filter(d -> d.getName().equals(wanted)).findFirst();
        String needle = wanted.toLowerCase(Locale.ROOT);
        return exact.or(() -> devices.stream()
                        .filter(d -> d.getName().toLowerCase(Locale.ROOT).contains(needle)).findFirst())
                .orElseThrow(() -> new MediaUnavailableException("no " + what + " named '" + wanted
                        + "'; " + what + "s present: " + listOrNone(names(devices))));
    }

    private static List<String> names(List<? extends Device> devices) {
        return devices.stream().map(Device::getName).toList();
    }

    private static String listOrNone(List<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names);
    }
}
