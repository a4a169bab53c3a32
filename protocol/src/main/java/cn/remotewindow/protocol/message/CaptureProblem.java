package cn.remotewindow.protocol.message;

/** Why the kiosk could not deliver a requested document. */
public enum CaptureProblem {
    CAMERA_UNAVAILABLE,
    CITIZEN_CANCELLED,
    UPLOAD_FAILED
}
