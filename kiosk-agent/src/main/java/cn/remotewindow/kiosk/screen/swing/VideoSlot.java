package cn.remotewindow.kiosk.screen.swing;

import java.awt.BorderLayout;
import javax.swing.JPanel;

/**
 * A place on the call screen that holds one video at a time: the expert's face moves from the
 * large place to a small one when the expert shares a screen, and back.
 */
final class VideoSlot extends JPanel implements HeightForWidth {

    private final double heightPerWidth;
    private VideoPanel video;

    /** @param heightPerWidth the slot's shape when the column asks (0.75 = 4:3) */
    VideoSlot(String name, double heightPerWidth) {
        super(new BorderLayout());
        this.heightPerWidth = heightPerWidth;
        setName(name);
        setOpaque(false);
    }

    void hold(VideoPanel newVideo) {
        if (video == newVideo) {
            return;
        }
        removeAll();
        video = newVideo;
        if (newVideo != null) {
            add(newVideo, BorderLayout.CENTER);
        }
        revalidate();
        repaint();
    }

    VideoPanel video() {
        return video;
    }

    @Override
    public int heightFor(int width) {
        return (int) Math.round(width * heightPerWidth);
    }

    @Override
    public boolean textFits() {
        return true;
    }
}
