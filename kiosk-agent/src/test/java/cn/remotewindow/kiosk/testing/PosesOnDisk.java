package cn.remotewindow.kiosk.testing;

import cn.remotewindow.kiosk.screen.VerifyPrompt;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Stand-in pose images until the real ones exist in testdata/poses/: one flat colour per pose,
 * far apart, so that a frame (even after JPEG and video conversion) says which pose it shows.
 */
public final class PosesOnDisk {

    private static final Map<PoseCamera.Pose, Integer> COLOURS = Map.of(
            PoseCamera.Pose.FRONTAL, 0x808080,
            PoseCamera.Pose.LEFT, 0xd02020,
            PoseCamera.Pose.RIGHT, 0x2040e0,
            PoseCamera.Pose.NOD, 0x20b040);

    private PosesOnDisk() {
    }

    /** Writes frontal-1.jpg, left-1.jpg, right-1.jpg and nod-1.jpg into {@code dir}. */
    public static void write(Path dir) throws IOException {
        for (Map.Entry<PoseCamera.Pose, Integer> pose : COLOURS.entrySet()) {
            ImageIO.write(filled(pose.getValue()), "jpg", dir.resolve(pose.getKey().prefix() + "1.jpg").toFile());
        }
    }

    /** The pose whose colour is nearest to the middle of the picture. */
    public static PoseCamera.Pose classify(BufferedImage picture) {
        int rgb = picture.getRGB(picture.getWidth() / 2, picture.getHeight() / 2);
        PoseCamera.Pose nearest = null;
        int best = Integer.MAX_VALUE;
        for (Map.Entry<PoseCamera.Pose, Integer> pose : COLOURS.entrySet()) {
            int c = pose.getValue();
            int distance = Math.abs(((rgb >> 16) & 0xff) - ((c >> 16) & 0xff)) + Math.abs(((rgb >> 8) & 0xff) - ((c >> 8) & 0xff))
                    + Math.abs((rgb & 0xff) - (c & 0xff));
            if (distance < best) {
                best = distance;
                nearest = pose.getKey();
            }
        }
        return nearest;
    }

    /** The pose a prompt asks for. */
    public static PoseCamera.Pose asked(VerifyPrompt prompt) {
        return switch (prompt) {
            case FACE_SCREEN -> PoseCamera.Pose.FRONTAL;
            case TURN_LEFT -> PoseCamera.Pose.LEFT;
            case TURN_RIGHT -> PoseCamera.Pose.RIGHT;
            case NOD -> PoseCamera.Pose.NOD;
        };
    }

    static BufferedImage filled(int rgb) {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, rgb);
            }
        }
        return image;
    }
}
