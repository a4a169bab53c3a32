package cn.remotewindow.kiosk.media;

/**
 * Size and frame rate of a local video feed.
 *
 * <p>Bounded at 1280x720 and 30 fps: that is what a kiosk's camera and uplink are sized for, and
 * two peers at 1280x720 already take most of a two-core kiosk (kiosk-agent/README.md).
 */
public record VideoFormat(int width, int height, int fps) {

    public static final VideoFormat VGA_30 = new VideoFormat(640, 480, 30);
    public static final VideoFormat HD_30 = new VideoFormat(1280, 720, 30);

    public static final int MAX_WIDTH = 1280;
    public static final int MAX_HEIGHT = 720;
    public static final int MAX_FPS = 30;

    public VideoFormat {
        // Even sizes: I420 subsamples chroma 2x2 and encoders reject or pad odd sizes.
        if (width < 16 || height < 16 || width > MAX_WIDTH || height > MAX_HEIGHT
                || width % 2 != 0 || height % 2 != 0) {
            throw new IllegalArgumentException("video size must be even, 16x16 to "
                    + MAX_WIDTH + "x" + MAX_HEIGHT + ": " + width + "x" + height);
        }
        if (fps < 1 || fps > MAX_FPS) {
            throw new IllegalArgumentException("frame rate must be 1 to " + MAX_FPS + ": " + fps);
        }
    }

    /** The same size at another frame rate (screen shares run slower than cameras). */
    public VideoFormat withFps(int newFps) {
        return new VideoFormat(width, height, newFps);
    }

    /** Time between frames in nanoseconds. */
    public long frameIntervalNanos() {
        return 1_000_000_000L / fps;
    }

    @Override
    public String toString() {
        return width + "x" + height + "@" + fps;
    }
}
