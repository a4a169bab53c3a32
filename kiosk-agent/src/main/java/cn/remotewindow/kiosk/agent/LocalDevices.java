package cn.remotewindow.kiosk.agent;

import cn.remotewindow.kiosk.config.KioskConfig;
import cn.remotewindow.kiosk.media.AudioFeed;
import cn.remotewindow.kiosk.media.AudioSetup;
import cn.remotewindow.kiosk.media.MediaEngine;
import cn.remotewindow.kiosk.media.VideoFeed;
import cn.remotewindow.kiosk.media.VideoFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * The kiosk's camera and microphone as configured, opened once for the life of the agent (opening
 * a camera takes time and may fail; better at start-up than when a citizen is waiting).
 *
 * <p>Names: {@code synthetic} (the moving test pattern and a 440 Hz tone), {@code image:PATH} for
 * the camera (a still image, e.g. on a kiosk without a camera), or (part of) a device name.
 */
public final class LocalDevices implements AutoCloseable {

    /** Opens the devices; the agent calls it at start and again after a device problem. */
    @FunctionalInterface
    public interface Opener {

        /** @throws cn.remotewindow.kiosk.media.MediaUnavailableException when a device cannot be opened */
        LocalDevices open(MediaEngine engine);
    }

    /** The devices named in the configuration. */
    public static Opener configured(KioskConfig.Media media) {
        return engine -> open(engine, media);
    }

    /**
     * The configured microphone with a camera of the caller's making (a test camera that follows
     * the kiosk's prompts, say); {@code camera} is asked again when the camera is reopened.
     */
    public static Opener withCamera(KioskConfig.Media media, Function<MediaEngine, VideoFeed> camera) {
        return engine -> open(engine, media, camera);
    }

    static final String SYNTHETIC = "synthetic";
    static final String IMAGE_PREFIX = "image:";
    private static final int TONE_HZ = 440;

    private final Function<MediaEngine, VideoFeed> cameraOpener;
    private volatile VideoFeed camera;
    private final AudioFeed microphone;

    private LocalDevices(Function<MediaEngine, VideoFeed> cameraOpener, VideoFeed camera, AudioFeed microphone) {
        this.cameraOpener = cameraOpener;
        this.camera = camera;
        this.microphone = microphone;
    }

    /** The audio module the configured microphone needs. */
    public static AudioSetup audioSetupFor(KioskConfig.Media media) {
        return SYNTHETIC.equalsIgnoreCase(media.microphone()) ? AudioSetup.SYNTHETIC : AudioSetup.DEVICES;
    }

    /** The format sent: the configured caps, within what the media layer sends (1280x720@30). */
    public static VideoFormat formatFor(KioskConfig.Media media) {
        return new VideoFormat(Math.min(media.width(), VideoFormat.MAX_WIDTH),
                Math.min(media.height(), VideoFormat.MAX_HEIGHT), Math.min(media.fps(), VideoFormat.MAX_FPS));
    }

    /**
     * Opens both devices.
     *
     * @throws cn.remotewindow.kiosk.media.MediaUnavailableException naming what is missing and what is there
     */
    public static LocalDevices open(MediaEngine engine, KioskConfig.Media media) {
        VideoFormat format = formatFor(media);
        return open(engine, media, e -> openCamera(e, media.camera(), format));
    }

    private static LocalDevices open(MediaEngine engine, KioskConfig.Media media,
                                     Function<MediaEngine, VideoFeed> cameraOpener) {
        VideoFeed camera = cameraOpener.apply(engine);
        try {
            AudioFeed microphone = SYNTHETIC.equalsIgnoreCase(media.microphone())
                    ? engine.toneMicrophone(TONE_HZ) : engine.microphone(media.microphone());
            return new LocalDevices(cameraOpener, camera, microphone);
        } catch (RuntimeException e) {
            camera.close();
            throw e;
        }
    }

    private static VideoFeed openCamera(MediaEngine engine, String name, VideoFormat format) {
        if (SYNTHETIC.equalsIgnoreCase(name)) {
            return engine.syntheticCamera(format);
        }
        if (name.startsWith(IMAGE_PREFIX)) {
            Path file = Path.of(name.substring(IMAGE_PREFIX.length()));
            if (!Files.isReadable(file)) {
                throw new cn.remotewindow.kiosk.media.MediaUnavailableException(
                        "camera image " + file.toAbsolutePath() + " cannot be read");
            }
            return engine.imageCamera(file, format);
        }
        return engine.camera(name, format);
    }

    /**
     * Closes the camera and opens it again by its configured name (after it stopped delivering:
     * unplugged, or its driver hung).
     *
     * @throws cn.remotewindow.kiosk.media.MediaUnavailableException while it is still missing
     */
    public VideoFeed reopenCamera(MediaEngine engine) {
        camera.close();
        camera = cameraOpener.apply(engine);
        return camera;
    }

    public VideoFeed camera() {
        return camera;
    }

    public AudioFeed microphone() {
        return microphone;
    }

    @Override
    public void close() {
        camera.close();
        microphone.close();
    }
}
