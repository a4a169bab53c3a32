package cn.remotewindow.signaling.record;

/** What a picture on a case is: a captured document, or the citizen's signature. */
public enum PictureKind {
    DOCUMENT,
    SIGNATURE
}
