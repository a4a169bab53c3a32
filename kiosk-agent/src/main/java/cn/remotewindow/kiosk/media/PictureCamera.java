package cn.remotewindow.kiosk.media;

import java.awt.image.BufferedImage;

/**
 * A camera whose picture is chosen in Java while it runs: each frame shows what its
 * {@link PictureSource} gives, letterboxed into the format. For a picture that changes now and
 * then (a test camera that follows the kiosk's prompts, a camera SDK that hands over images), not
 * for rendering video in Java; each new picture costs one conversion.
 */
public final class PictureCamera extends PushedVideoFeed {

    private final PictureSource source;
    private final Letterbox box;
    private BufferedImage shown;
    private I420Image picture;

    PictureCamera(String label, PictureSource source, VideoFormat format) {
        super(label, format);
        this.source = source;
        this.box = new Letterbox(format);
    }

    @Override
    I420Image nextPicture(long frameNumber) {
        BufferedImage next = source.picture();
        if (next != null && next != shown) {
            picture = box.toI420(box.draw(next.getWidth(), next.getHeight(), g -> g.drawImage(next, 0, 0, null)));
            shown = next;
        }
        return picture;
    }
}
