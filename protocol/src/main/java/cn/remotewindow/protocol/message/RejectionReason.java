package cn.remotewindow.protocol.message;

/** Why the expert rejected a document picture; the kiosk shows each as a plain prompt to retake it. */
public enum RejectionReason {
    /** 模糊: hold it still, closer to the camera. */
    BLURRED,
    /** 不完整: the whole page must be in the picture. */
    CUT_OFF,
    /** 反光: tilt it away from the light. */
    GLARE,
    /** 材料不对: another document was captured. */
    WRONG_DOCUMENT,
    /** 看不清: too dark or too small to read. */
    UNREADABLE,
    /** Another reason, said in the detail. */
    OTHER
}
