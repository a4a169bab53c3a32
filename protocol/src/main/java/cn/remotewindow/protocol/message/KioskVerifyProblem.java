package cn.remotewindow.protocol.message;

/** Why the kiosk could not complete its part of a verification. */
public enum KioskVerifyProblem {
    CARD_UNREADABLE,
    CARD_EXPIRED,
    CARD_INVALID,
    CAMERA_UNAVAILABLE,
    CITIZEN_CANCELLED,
    UPLOAD_FAILED
}
