package cn.remotewindow.identity.face;

import cn.remotewindow.identity.OpenCv;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.Scalar;
import org.opencv.dnn.Dnn;
import org.opencv.dnn.Net;
import org.opencv.imgproc.Imgproc;

/**
 * MobileFaceNet (foamliu, v1.0): 112x112 aligned face in, 128-d embedding out. Preprocessing as the
 * model's training code ('val' transform of data_gen.py): RGB, /255, minus ImageNet mean, divided by
 * ImageNet std, NCHW, batch 1.
 *
 * <p>Not thread-safe: a dnn {@code Net} holds its input and intermediate blobs. One instance per thread.
 */
final class MobileFaceNetEmbedder {

    private static final Scalar MEAN = new Scalar(0.485 * 255, 0.456 * 255, 0.406 * 255);
    private static final Scalar STD = new Scalar(0.229 * 255, 0.224 * 255, 0.225 * 255);

    private final Net net;

    MobileFaceNetEmbedder(byte[] model) {
        OpenCv.load();
        MatOfByte modelBytes = new MatOfByte(model);
        try {
            net = Dnn.readNetFromONNX(modelBytes);
        } finally {
            modelBytes.release();
        }
    }

    /** The embedding of an aligned 112x112 BGR face crop. */
    FaceEmbedding embed(Mat alignedBgr) {
        Mat rgb = new Mat();
        Mat normalised = new Mat();
        Mat blob = null;
        Mat out = null;
        try {
            Imgproc.cvtColor(alignedBgr, rgb, Imgproc.COLOR_BGR2RGB);
            rgb.convertTo(normalised, CvType.CV_32FC3);
            Core.subtract(normalised, MEAN, normalised);
            Core.divide(normalised, STD, normalised);
            blob = Dnn.blobFromImage(normalised);
            net.setInput(blob);
            out = net.forward();
            float[] values = new float[(int) out.total()];
            out.reshape(1, 1).get(0, 0, values);
            return new FaceEmbedding(values);
        } finally {
            rgb.release();
            normalised.release();
            if (blob != null) {
                blob.release();
            }
            if (out != null) {
                out.release();
            }
        }
    }
}
