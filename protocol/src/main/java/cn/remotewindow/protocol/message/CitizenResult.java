package cn.remotewindow.protocol.message;

/** What the kiosk may show the citizen: pass or fail, never a score (GB/T 38671-2020). */
public enum CitizenResult {
    /** The evidence is in; the expert is confirming. */
    CHECKING,
    PASSED,
    NOT_PASSED
}
