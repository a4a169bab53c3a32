package cn.remotewindow.kiosk.media;

import dev.onvoid.webrtc.media.video.VideoCaptureCapability;
import dev.onvoid.webrtc.media.video.VideoDevice;
import dev.onvoid.webrtc.media.video.VideoDeviceSource;
import dev.onvoid.webrtc.media.video.VideoTrackSource;

/** A real camera (V4L2 on Linux), chosen by name through {@link DeviceInventory}. */
public final class DeviceCamera extends VideoFeed {

    private final VideoFormat format;
    private final VideoDeviceSource source = new VideoDeviceSource();
    private boolean closed;

    DeviceCamera(VideoDevice device, VideoFormat format) {
        super("camera:" + device.getName());
        this.format = format;
        source.setVideoCaptureDevice(device);
        source.setVideoCaptureCapability(new VideoCaptureCapability(format.width(), format.height(), format.fps()));
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
