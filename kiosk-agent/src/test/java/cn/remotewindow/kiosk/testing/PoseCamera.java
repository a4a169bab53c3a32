package cn.remotewindow.kiosk.testing;

import cn.remotewindow.kiosk.agent.PromptListener;
import cn.remotewindow.kiosk.media.MediaEngine;
import cn.remotewindow.kiosk.media.PictureCamera;
import cn.remotewindow.kiosk.media.PictureSource;
import cn.remotewindow.kiosk.media.VideoFormat;
import cn.remotewindow.kiosk.screen.VerifyPrompt;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * A simulated citizen in front of the kiosk's camera, for end-to-end tests of identity
 * verification: a camera that shows still images chosen by what the kiosk is prompting right now
 * (it is the kiosk's {@link PromptListener}). The images come from a directory, by name:
 * {@code frontal-*.jpg}, {@code left-*.jpg}, {@code right-*.jpg}, {@code nod-*.jpg} (also
 * {@code .jpeg}, {@code .png}); "left" is the citizen turned to their own left. A motion's images
 * play in name order (say {@code left-1} half turned, {@code left-2} fully) and the last one is
 * held; the frontal images take turns, so that a still citizen is not one frozen picture.
 *
 * <p>{@link Mode#OBEDIENT} does what is asked. {@link Mode#DISOBEDIENT} makes every motion it is
 * asked for, but each in the place of another (asked left it turns right, asked right it nods,
 * asked to nod it turns left): the same motions, always in the wrong order, as a replayed recording
 * would. Faces the screen when asked to, and when the prompts are over.
 *
 * <p>Wiring: {@code LocalDevices.withCamera(media, camera::open)} as the kiosk's devices and
 * {@code VerifySetup.withPromptListener(camera)}; {@link TestKiosk#TestKiosk(java.net.URI, PoseCamera)}
 * does both. The project's pose images are meant to live in {@code testdata/poses/} at the
 * repository root ({@link #sharedPoses()}); any four sets of JPEGs do for tests of the kiosk itself.
 */
public final class PoseCamera implements PictureSource, PromptListener {

    /** What the simulated citizen does with what they are asked. */
    public enum Mode {
        OBEDIENT,
        DISOBEDIENT
    }

    /** What the camera shows: the citizen's head, from the citizen's point of view. */
    public enum Pose {
        FRONTAL, LEFT, RIGHT, NOD;

        String prefix() {
            return name().toLowerCase(Locale.ROOT) + "-";
        }

        /** testdata/poses names the first half of a nod "down". */
        boolean named(String fileName) {
            return fileName.startsWith(prefix()) || (this == NOD && fileName.startsWith("down-"));
        }
    }

    /** A motion's images advance this often, then the last one stays. */
    private static final long MOTION_STEP_MILLIS = 150;
    /** The frontal images take turns this often. */
    private static final long FRONTAL_STEP_MILLIS = 400;

    private final Map<Pose, List<BufferedImage>> images = new EnumMap<>(Pose.class);
    private final Mode mode;
    private final VideoFormat format;
    private final List<Pose> performed = new CopyOnWriteArrayList<>();
    private volatile Pose pose = Pose.FRONTAL;
    /** Noise changes this often (a new picture costs a conversion, so not every frame). */
    private static final long NOISE_STEP_MILLIS = 100;
    private static final int NOISY_PIXELS = 400;
    private final java.util.Random noise = new java.util.Random(20261122);
    private BufferedImage noiseBase;
    private long noiseTick = -1;
    private BufferedImage noisy;
    private volatile long since = System.currentTimeMillis();

    /** An obedient citizen, at 640x480@30. */
    public PoseCamera(Path directory) {
        this(directory, Mode.OBEDIENT, VideoFormat.VGA_30);
    }

    public PoseCamera(Path directory, Mode mode, VideoFormat format) {
        this.mode = mode;
        this.format = format;
        for (Pose each : Pose.values()) {
            List<BufferedImage> loaded = load(directory, each);
            if (loaded.isEmpty()) {
                throw new IllegalArgumentException("no " + each.prefix() + "*.jpg (or .jpeg, .png) in " + directory);
            }
            images.put(each, loaded);
        }
    }

    /** A citizen who makes the asked motions in the wrong order (see the class comment). */
    public static PoseCamera disobedient(Path directory) {
        return new PoseCamera(directory, Mode.DISOBEDIENT, VideoFormat.VGA_30);
    }

    /**
     * The repository's pose images ({@code testdata/poses/} at its root), found from the working
     * directory of a module's tests or of the root; empty while they have not been made.
     */
    public static Optional<Path> sharedPoses() {
        return sharedPoses("obama");
    }

    /** One person's pose images in the repository's testdata/poses (obama, biden). */
    public static Optional<Path> sharedPoses(String person) {
        for (Path candidate : List.of(Path.of("testdata", "poses", person), Path.of("..", "testdata", "poses", person))) {
            if (Files.isDirectory(candidate)) {
                try (Stream<Path> files = Files.list(candidate)) {
                    if (files.anyMatch(f -> f.getFileName().toString().startsWith("frontal-"))) {
                        return Optional.of(candidate);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return Optional.empty();
    }

    /** The camera feed; give it to the kiosk as its camera (it may be opened again after a camera loss). */
    public PictureCamera open(MediaEngine engine) {
        return engine.pictureCamera("pose-camera", this, format);
    }

    public Mode mode() {
        return mode;
    }

    /** The pose shown now. */
    public Pose pose() {
        return pose;
    }

    /** The motions made so far (not the frontal poses), in order. */
    public List<Pose> performed() {
        return List.copyOf(performed);
    }

    @Override
    public void prompted(VerifyPrompt prompt) {
        Pose next = answer(prompt);
        if (next != Pose.FRONTAL) {
            performed.add(next);
        }
        show(next);
    }

    @Override
    public void promptsOver() {
        show(Pose.FRONTAL);
    }

    private Pose answer(VerifyPrompt prompt) {
        Pose asked = switch (prompt) {
            case FACE_SCREEN -> Pose.FRONTAL;
            case TURN_LEFT -> Pose.LEFT;
            case TURN_RIGHT -> Pose.RIGHT;
            case NOD -> Pose.NOD;
        };
        if (mode == Mode.OBEDIENT || asked == Pose.FRONTAL) {
            return asked;
        }
        return switch (asked) {
            case LEFT -> Pose.RIGHT;
            case RIGHT -> Pose.NOD;
            case NOD -> Pose.LEFT;
            case FRONTAL -> Pose.FRONTAL;
        };
    }

    private void show(Pose next) {
        since = System.currentTimeMillis();
        pose = next;
    }

    /** The image for now: on the engine's pacer thread, once per frame. */
    @Override
    public BufferedImage picture() {
        Pose now = pose;
        List<BufferedImage> set = images.get(now);
        long millis = System.currentTimeMillis();
        long elapsed = millis - since;
        int index = now == Pose.FRONTAL
                ? (int) ((elapsed / FRONTAL_STEP_MILLIS) % set.size())
                : (int) Math.min(set.size() - 1, elapsed / MOTION_STEP_MILLIS);
        BufferedImage base = set.get(index);
        long tick = millis / NOISE_STEP_MILLIS;
        if (base != noiseBase || tick != noiseTick) {
            noisy = withSensorNoise(base);
            noiseBase = base;
            noiseTick = tick;
        }
        return noisy;
    }

    /**
     * A copy with a little noise, as a real sensor gives: two frames of a still citizen are never
     * the same bytes (the verification judge rightly refuses identical frames as a replay).
     */
    private BufferedImage withSensorNoise(BufferedImage base) {
        BufferedImage copy = new BufferedImage(base.getWidth(), base.getHeight(), BufferedImage.TYPE_INT_RGB);
        copy.getGraphics().drawImage(base, 0, 0, null);
        for (int i = 0; i < NOISY_PIXELS; i++) {
            int x = noise.nextInt(copy.getWidth());
            int y = noise.nextInt(copy.getHeight());
            int rgb = copy.getRGB(x, y);
            int delta = noise.nextBoolean() ? 3 : -3;
            int r = clamp(((rgb >> 16) & 0xFF) + delta);
            int g = clamp(((rgb >> 8) & 0xFF) + delta);
            int b = clamp((rgb & 0xFF) + delta);
            copy.setRGB(x, y, (r << 16) | (g << 8) | b);
        }
        return copy;
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }

    private static List<BufferedImage> load(Path directory, Pose pose) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> listed = Files.list(directory)) {
            listed.filter(f -> {
                String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                return pose.named(name)
                        && (name.endsWith(".jpg") || name.endsWith(".jpeg") || name.endsWith(".png"));
            }).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
        List<BufferedImage> loaded = new ArrayList<>();
        for (Path file : files) {
            try {
                BufferedImage image = ImageIO.read(file.toFile());
                if (image == null) {
                    throw new IllegalArgumentException("not an image: " + file);
                }
                loaded.add(image);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return loaded;
    }
}
