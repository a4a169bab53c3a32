package cn.remotewindow.kiosk.screen;

/**
 * Why the expert asks for another picture of a document (the protocol's RejectionReason, kept here
 * so that the screen knows nothing of signaling). Each is told to the citizen as what to do.
 */
public enum RetakeReason {
    BLURRED,
    CUT_OFF,
    GLARE,
    WRONG_DOCUMENT,
    UNREADABLE,
    /** Said in the expert's own words. */
    OTHER
}
