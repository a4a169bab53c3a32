package cn.remotewindow.kiosk.media;

/** Receives converted frames of a remote video track, on a media render thread (not the EDT). */
@FunctionalInterface
public interface FrameListener {

    void onFrame(RgbFrame frame);
}
