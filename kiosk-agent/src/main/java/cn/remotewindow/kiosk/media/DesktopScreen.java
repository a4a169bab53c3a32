package cn.remotewindow.kiosk.media;

import dev.onvoid.webrtc.media.video.VideoDesktopSource;
import dev.onvoid.webrtc.media.video.VideoTrackSource;

/**
 * The whole X11 screen by native capture. Needs a display (DISPLAY set; Xvfb does).
 *
 * <p>Source id -1 is libwebrtc's {@code kFullDesktopScreenId}; it delivered frames under Xvfb.
 * Listing sources ({@code ScreenCapturer.getDesktopSources()}) and id 0 crashed the JVM on this
 * kind of machine, so neither is used. Where native capture is not wanted, share the kiosk
 * window with {@link ComponentScreen}.
 */
public final class DesktopScreen extends VideoFeed {

    private static final long FULL_DESKTOP = -1;

    private final VideoFormat format;
    private final VideoDesktopSource source;
    private boolean closed;

    DesktopScreen(VideoFormat format) {
        super("desktop-screen");
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            // Checked here so the kiosk gets a plain reason; the native capturer's own failure
            // without an X server is not something to rely on (its neighbours crashed the JVM).
            throw new MediaUnavailableException("no display to capture: DISPLAY is not set"
                    + " (share the kiosk window with a component screen instead)");
        }
        this.format = format;
        this.source = new VideoDesktopSource();
        source.setSourceId(FULL_DESKTOP, false);
        source.setFrameRate(format.fps());
        source.setMaxFrameSize(format.width(), format.height());
        source.start();
    }

    @Override
    public VideoFormat format() {
        return format;
    }

    @Override
    VideoTrackSource nativeSource() {
        return source;
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            source.stop();
            source.dispose();
            notifyClosed();
        }
    }
}
