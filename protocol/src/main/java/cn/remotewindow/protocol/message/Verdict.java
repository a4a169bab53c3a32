package cn.remotewindow.protocol.message;

/** The machine's decision on a verification. Only the expert sees it; the kiosk never shows a score. */
public enum Verdict {
    PASS,
    FAIL,
    /** Borderline similarity or quality: the expert must look and decide. */
    NEEDS_REVIEW
}
