package cn.remotewindow.kiosk.media;

import java.awt.Component;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;

/**
 * Shares a Swing component (the kiosk's own window or a panel of it) as a screen feed, without
 * native screen capture: the component paints itself into an image on the Swing thread, and the
 * pacer converts and pushes it. Works under a real display, under Xvfb and headless (for a
 * component that is laid out but not shown).
 *
 * <p>The Swing thread only paints; conversion to I420 runs on the pacer, so the kiosk's UI does not
 * stutter while it is shared. A paint is asked for at most once per frame and never queued twice.
 */
public final class ComponentScreen extends PushedVideoFeed {

    private final Component component;
    private final Letterbox letterbox;
    private final AtomicBoolean paintPending = new AtomicBoolean();
    private final AtomicReference<int[]> painted = new AtomicReference<>();
    private I420Image lastPicture;

    ComponentScreen(Component component, VideoFormat format) {
        super("component-screen", format);
        this.component = component;
        this.letterbox = new Letterbox(format);
    }

    @Override
    I420Image nextPicture(long frameNumber) {
        if (paintPending.compareAndSet(false, true)) {
            SwingUtilities.invokeLater(this::paint);
        }
        int[] argb = painted.getAndSet(null);
        if (argb != null) {
            lastPicture = letterbox.toI420(argb);
        }
        // Repeat the last picture until a new one is painted: keeps the stream alive (and
        // recoverable after loss) while the screen does not change.
        return lastPicture;
    }

    private void paint() {
        try {
            int w = component.getWidth();
            int h = component.getHeight();
            if (w > 0 && h > 0) {
                painted.set(letterbox.draw(w, h, component::printAll));
            }
        } finally {
            paintPending.set(false);
        }
    }
}
