package cn.remotewindow.protocol.message;

/** The citizen's separate consent to face recognition (人脸识别单独同意). */
public enum Consent {
    GIVEN,
    /** Face recognition must not be the only way: the expert checks the documents by hand instead. */
    REFUSED
}
