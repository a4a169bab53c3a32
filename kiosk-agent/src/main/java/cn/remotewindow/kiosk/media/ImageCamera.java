package cn.remotewindow.kiosk.media;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * A still image file (PNG, JPEG, BMP, GIF) sent as a video feed: a test picture, a prepared
 * document, a stand-in for a camera. Converted once; each frame repeats it.
 */
public final class ImageCamera extends PushedVideoFeed {

    private final I420Image picture;

    ImageCamera(Path file, VideoFormat format) {
        super("image:" + file.getFileName(), format);
        BufferedImage image = read(file);
        Letterbox box = new Letterbox(format);
        this.picture = box.toI420(box.draw(image.getWidth(), image.getHeight(),
                g -> g.drawImage(image, 0, 0, null)));
    }

    private static BufferedImage read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new MediaUnavailableException("no image file at " + file);
        }
        try {
            BufferedImage image = ImageIO.read(file.toFile());
            if (image == null) {
                throw new MediaUnavailableException("not an image this JVM can read: " + file);
            }
            return image;
        } catch (IOException e) {
            throw new MediaUnavailableException("cannot read image " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    I420Image nextPicture(long frameNumber) {
        return picture;
    }
}
