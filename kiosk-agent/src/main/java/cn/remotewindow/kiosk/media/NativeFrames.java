package cn.remotewindow.kiosk.media;

import dev.onvoid.webrtc.media.FourCC;
import dev.onvoid.webrtc.media.video.CustomVideoSource;
import dev.onvoid.webrtc.media.video.NativeI420Buffer;
import dev.onvoid.webrtc.media.video.VideoBufferConverter;
import dev.onvoid.webrtc.media.video.VideoFrame;
import dev.onvoid.webrtc.media.video.VideoFrameBuffer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

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

    /** A reusable output buffer for one receiver, so converting a frame allocates only its pixels. */
    static final class Scratch {
        private ByteBuffer bgra = ByteBuffer.allocateDirect(0);

        ByteBuffer bgra(int bytes) {
            if (bgra.capacity() < bytes) {
                bgra = ByteBuffer.allocateDirect(bytes).order(ByteOrder.LITTLE_ENDIAN);
            }
            return bgra.clear().limit(bytes);
        }
    }

    /**
     * Converts a received frame to packed ARGB, scaled down first to fit in {@code maxWidth} x
     * {@code maxHeight} (keeping its shape). Both steps run in libyuv through webrtc-java: a 720p
     * frame takes about 0.5 ms there against 7 ms in Java (measured; see docs/benchmarks.md).
     * Does not release the frame: the caller does, in a finally block, because it also counts and
     * drops frames.
     */
    static RgbFrame toRgb(VideoFrame frame, Scratch scratch, int maxWidth, int maxHeight) {
        VideoFrameBuffer buffer = frame.buffer;
        int width = buffer.getWidth();
        int height = buffer.getHeight();
        VideoFrameBuffer scaled = null;
        if (width > maxWidth || height > maxHeight) {
            double factor = Math.min((double) maxWidth / width, (double) maxHeight / height);
            int scaledWidth = Math.max(2, (int) (width * factor) & ~1);
            int scaledHeight = Math.max(2, (int) (height * factor) & ~1);
            scaled = buffer.cropAndScale(0, 0, width, height, scaledWidth, scaledHeight);
            buffer = scaled;
            width = scaledWidth;
            height = scaledHeight;
        }
        try {
            ByteBuffer bgra = scratch.bgra(width * height * 4);
            // libyuv's "ARGB" is B, G, R, A in memory: one little-endian int 0xAARRGGBB per pixel.
            VideoBufferConverter.convertFromI420(buffer, bgra, FourCC.ARGB);
            int[] argb = new int[width * height];
            bgra.asIntBuffer().get(0, argb);
            return new RgbFrame(width, height, argb, frame.timestampNs);
        } catch (Exception e) {
            throw new IllegalStateException("libyuv could not convert a " + width + "x" + height + " frame", e);
        } finally {
            if (scaled != null) {
                scaled.release();
            }
        }
    }
}
