package cn.remotewindow.identity;

import org.bytedeco.javacpp.Loader;
import org.bytedeco.opencv.opencv_java;

/**
 * Loads OpenCV's native library (the JavaCPP build behind the standard {@code org.opencv.*} API) once
 * per JVM. Every class of this module that touches {@code org.opencv} calls {@link #load()} first; it
 * is cheap after the first call. The natives are unpacked to {@code ~/.javacpp/cache} (about 160 MB)
 * unless {@code -Dorg.bytedeco.javacpp.cachedir=...} says otherwise.
 */
public final class OpenCv {

    private static volatile boolean loaded;

    private OpenCv() {
    }

    /** Loads the natives if this JVM has not done so yet. */
    public static void load() {
        if (loaded) {
            return;
        }
        synchronized (OpenCv.class) {
            if (!loaded) {
                Loader.load(opencv_java.class);
                loaded = true;
            }
        }
    }
}
