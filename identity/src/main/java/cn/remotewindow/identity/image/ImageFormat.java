package cn.remotewindow.identity.image;

/** The encodings {@link ImageGate} accepts. */
public enum ImageFormat {
    JPEG,
    PNG
}
