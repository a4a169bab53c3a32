package cn.remotewindow.kiosk.agent;

import cn.remotewindow.kiosk.media.MediaEngine;
import cn.remotewindow.kiosk.media.VideoFeed;

/**
 * Where the kiosk's own screen comes from when the expert asks to see what the citizen sees: the
 * kiosk window itself (Swing), the X display (another front end), or nowhere.
 */
@FunctionalInterface
public interface OwnScreen {

    /** Nothing to share (no window, no display): the expert is told so. */
    OwnScreen NONE = engine -> {
        throw new cn.remotewindow.kiosk.media.MediaUnavailableException("this kiosk has no screen to share");
    };

    /**
     * A new feed of the screen, closed by the caller when the share ends.
     *
     * @throws cn.remotewindow.kiosk.media.MediaUnavailableException when it cannot be captured
     */
    VideoFeed open(MediaEngine engine);
}
