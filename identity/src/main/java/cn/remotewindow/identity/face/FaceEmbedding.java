package cn.remotewindow.identity.face;

import java.util.Arrays;

/**
 * A face's L2-normalised feature vector (128 values for MobileFaceNet). Two embeddings of the same
 * person have a high {@link #cosine cosine similarity}; see identity/README.md for measured values.
 */
public final class FaceEmbedding {

    private final float[] values;

    /** Normalises the raw model output to unit length. */
    public FaceEmbedding(float[] raw) {
        double norm = 0;
        for (float v : raw) {
            norm += (double) v * v;
        }
        norm = Math.sqrt(norm);
        if (!(norm > 0) || Double.isInfinite(norm)) {
            throw new IllegalArgumentException("an embedding needs a finite, non-zero vector");
        }
        values = new float[raw.length];
        for (int i = 0; i < raw.length; i++) {
            values[i] = (float) (raw[i] / norm);
        }
    }

    /** Cosine similarity in [-1, 1]; both vectors are unit length, so this is their dot product. */
    public double cosine(FaceEmbedding other) {
        if (other.values.length != values.length) {
            throw new IllegalArgumentException("embeddings of different length: " + values.length + " vs "
                    + other.values.length);
        }
        double dot = 0;
        for (int i = 0; i < values.length; i++) {
            dot += (double) values[i] * other.values[i];
        }
        return Math.max(-1, Math.min(1, dot));
    }

    public int dimension() {
        return values.length;
    }

    /** A copy of the unit-length vector. */
    public float[] values() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FaceEmbedding e && Arrays.equals(values, e.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "FaceEmbedding[" + values.length + " values]";
    }
}
