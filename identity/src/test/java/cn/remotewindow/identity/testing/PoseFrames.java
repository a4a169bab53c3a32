package cn.remotewindow.identity.testing;

import cn.remotewindow.identity.liveness.Motion;
import cn.remotewindow.identity.verify.CapturedFrame;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The generated head-motion frames in {@code testdata/poses} (see its README and
 * {@link PoseFrameGenerator}): per person, 640x480 JPEGs named {@code frontal-01.jpg} …,
 * {@code left-01.jpg} … (the person turned to their own left), {@code right-01.jpg} …, {@code down-01.jpg} …
 * (head down, the first half of a nod). Every file differs from every other (slight jitter and sensor
 * noise), as real camera frames do.
 */
public final class PoseFrames {

    /** People with generated frames. */
    public static final List<String> PEOPLE = List.of("obama", "biden");
    /** Frames per person and pose. */
    public static final int FRONTAL_FRAMES = 6;
    public static final int MOTION_FRAMES = 3;

    private PoseFrames() {
    }

    /** {@code testdata/poses/<person>}. */
    public static Path dir(String person) {
        return TestFaces.testdata().resolve("poses").resolve(person);
    }

    /** File name of the n-th (from 1) frame of a pose: {@code frontal}, {@code left}, {@code right}, {@code down}. */
    public static String fileName(String pose, int n) {
        return String.format(Locale.ROOT, "%s-%02d.jpg", pose, n);
    }

    /** The pose name of the frames that show a motion. */
    public static String poseOf(Motion motion) {
        return switch (motion) {
            case TURN_LEFT -> "left";
            case TURN_RIGHT -> "right";
            case NOD -> "down";
        };
    }

    public static byte[] frontal(String person, int n) {
        return frame(person, "frontal", n);
    }

    public static byte[] motion(String person, Motion motion, int n) {
        return frame(person, poseOf(motion), n);
    }

    public static byte[] frame(String person, String pose, int n) {
        Path file = dir(person).resolve(fileName(pose, n));
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no frame " + file);
        }
        return TestFaces.read(file);
    }

    /**
     * The frame sequence a kiosk camera would capture while the person answers {@code steps}: one frontal
     * frame, then for each step two frames of the motion and one frontal frame (10 frames for three steps;
     * a nod is down, down, back up). No file is used twice.
     */
    public static List<byte[]> sequence(String person, List<Motion> steps) {
        List<byte[]> frames = new ArrayList<>();
        int frontal = 1;
        frames.add(frontal(person, frontal++));
        for (Motion step : steps) {
            frames.add(motion(person, step, 1));
            frames.add(motion(person, step, 2));
            frames.add(frontal(person, frontal++));
        }
        return frames;
    }

    /** {@link #sequence} with capture times {@code firstMillis}, {@code firstMillis + intervalMillis}, … */
    public static List<CapturedFrame> burst(String person, List<Motion> steps, long firstMillis, long intervalMillis) {
        return timed(sequence(person, steps), firstMillis, intervalMillis);
    }

    /** Stamps frames with evenly spaced capture times. */
    public static List<CapturedFrame> timed(List<byte[]> frames, long firstMillis, long intervalMillis) {
        List<CapturedFrame> burst = new ArrayList<>(frames.size());
        for (int i = 0; i < frames.size(); i++) {
            burst.add(new CapturedFrame(frames.get(i), firstMillis + i * intervalMillis));
        }
        return burst;
    }
}
