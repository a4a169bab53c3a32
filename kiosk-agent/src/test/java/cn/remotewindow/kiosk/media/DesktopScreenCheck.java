package cn.remotewindow.kiosk.media;

import dev.onvoid.webrtc.media.video.VideoFrame;
import dev.onvoid.webrtc.media.video.VideoTrack;
import dev.onvoid.webrtc.media.video.VideoTrackSink;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Run by {@link DesktopScreenTest} in a JVM of its own with DISPLAY set (a JVM cannot set its own
 * environment, and native capture crashes were seen on this kind of machine): captures the screen
 * for up to ten seconds and prints what arrived on a local track.
 */
public final class DesktopScreenCheck {

    private DesktopScreenCheck() {
    }

    public static void main(String[] args) throws Exception {
        AtomicInteger frames = new AtomicInteger();
        AtomicLong size = new AtomicLong();
        try (MediaEngine engine = MediaEngine.start(AudioSetup.SYNTHETIC);
             DesktopScreen screen = engine.desktopScreen(VideoFormat.HD_30.withFps(5))) {
            VideoTrack track = engine.factory().createVideoTrack("desktop-check", screen.nativeSource());
            VideoTrackSink sink = (VideoFrame frame) -> {
                size.set(((long) frame.buffer.getWidth() << 32) | frame.buffer.getHeight());
                frames.incrementAndGet();
                frame.release();
            };
            track.addSink(sink);
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (frames.get() < 5 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            track.removeSink(sink);
            track.dispose();
        }
        System.out.println("DESKTOP frames=" + frames.get() + " width=" + (size.get() >>> 32)
                + " height=" + (int) size.get());
    }
}
