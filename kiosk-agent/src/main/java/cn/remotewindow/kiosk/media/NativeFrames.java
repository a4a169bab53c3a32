package cn.remotewindow.kiosk.media;

import dev.onvoid.webrtc.media.video.CustomVideoSource;
import dev.onvoid.webrtc.media.video.I420Buffer;
import dev.onvoid.webrtc.media.video.NativeI420Buffer;
import dev.onvoid.webrtc.media.video.VideoFrame;
import java.nio.ByteBuffer;

/**
 * Moves pictures across the native boundary: a heap {@link I420Image} into a native frame that a
 * {@link CustomVideoSource} takes, and a received native frame out into packed ARGB.
 *
 * <p>Every native frame is released here, on every path: an unreleased frame keeps its native
 * buffer (about 0.5 MB at 640x480) alive for good.
 */
final class NativeFrames {

    private NativeFrames() {
    }

    /** Copies {@code picture} into a new native frame stamped {@code timestampNanos} and pushes it. */
    static void push(CustomVideoSource source, I420Image picture, long timestampNanos) {
        NativeI420Buffer buffer = NativeI420Buffer.allocate(picture.width(), picture.height());
        VideoFrame frame = new VideoFrame(buffer, timestampNanos);
        try {
            copyPlane(picture.y(), picture.width(), picture.height(), buffer.getDataY(), buffer.getStrideY());
            copyPlane(picture.u(), picture.chromaWidth(), picture.chromaHeight(), buffer.getDataU(),
                    buffer.getStrideU());
            copyPlane(picture.v(), picture.chromaWidth(), picture.chromaHeight(), buffer.getDataV(),
                    buffer.getStrideV());
            source.pushFrame(frame);
        } finally {
            // The source took its own reference while pushing; this drops ours.
            frame.release();
        }
    }

    private static void copyPlane(byte[] src, int width, int rows, ByteBuffer dst, int stride) {
        if (stride == width) {
            dst.put(0, src, 0, width * rows);
            return;
        }
        for (int row = 0; row < rows; row++) {
            dst.put(row * stride, src, row * width, width);
        }
    }

    /** Reusable plane copies for one receiver, so converting a frame allocates only its output. */
    static final class Scratch {
        private byte[] y = new byte[0];
        private byte[] u = new byte[0];
        private byte[] v = new byte[0];
    }

    /**
     * Converts a received frame to packed ARGB. Does not release the frame: the caller does, in a
     * finally block, because it also counts and drops frames.
     */
    static RgbFrame toRgb(VideoFrame frame, Scratch scratch) {
        I420Buffer i420 = frame.buffer.toI420();
        int width = i420.getWidth();
        int height = i420.getHeight();
        int chromaHeight = (height + 1) / 2;
        scratch.y = readPlane(i420.getDataY(), i420.getStrideY(), height, scratch.y);
        scratch.u = readPlane(i420.getDataU(), i420.getStrideU(), chromaHeight, scratch.u);
        scratch.v = readPlane(i420.getDataV(), i420.getStrideV(), chromaHeight, scratch.v);
        int[] argb = new int[width * height];
        ColorConversion.i420ToArgb(scratch.y, i420.getStrideY(), scratch.u, i420.getStrideU(),
                scratch.v, i420.getStrideV(), width, height, argb);
        return new RgbFrame(width, height, argb, frame.timestampNs);
    }

    private static byte[] readPlane(ByteBuffer plane, int stride, int rows, byte[] reuse) {
        int length = Math.min(plane.capacity(), stride * rows);
        byte[] out = reuse.length >= length ? reuse : new byte[length];
        plane.get(0, out, 0, length);
        return out;
    }
}
