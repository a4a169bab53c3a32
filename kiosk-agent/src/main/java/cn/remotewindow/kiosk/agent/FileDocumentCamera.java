package cn.remotewindow.kiosk.agent;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;

/**
 * An image file standing in for the document camera ({@code media.document-file}): every still is
 * the file's picture at its own size. For demos and tests; a kiosk has a camera.
 */
public final class FileDocumentCamera implements DocumentCamera {

    private final BufferedImage picture;

    private FileDocumentCamera(BufferedImage picture) {
        this.picture = picture;
    }

    public static FileDocumentCamera open(Path file) throws IOException {
        BufferedImage picture = ImageIO.read(file.toFile());
        if (picture == null) {
            throw new IOException(file + " is not an image ImageIO can read");
        }
        return new FileDocumentCamera(picture);
    }

    @Override
    public BufferedImage preview() {
        return picture;
    }

    @Override
    public BufferedImage still(Duration timeout) {
        return picture;
    }

    @Override
    public void close() {
        // nothing held
    }
}
