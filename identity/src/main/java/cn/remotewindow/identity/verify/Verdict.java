package cn.remotewindow.identity.verify;

/** The machine's decision. The kiosk shows only pass or fail, never a score (GB/T 38671-2020). */
public enum Verdict {
    /** Liveness passed, the live face matches the card photo, and the quality was good. */
    PASS,
    /** Borderline: the expert decides by looking (similarity in the review band or a poor card photo). */
    NEEDS_REVIEW,
    /** Anything else: refused images, failed liveness, mismatch, no usable frame, internal error. */
    FAIL
}
