package cn.remotewindow.protocol.message;

/** How the expert reached their decision. */
public enum VerifyMethod {
    /** Live face against the ID-card photo, with liveness (the machine decision was seen). */
    FACE_MATCH,
    /** 人工核验: the expert checked the ID card and the person by hand (consent refused, or no usable capture). */
    MANUAL_DOCUMENT_CHECK
}
