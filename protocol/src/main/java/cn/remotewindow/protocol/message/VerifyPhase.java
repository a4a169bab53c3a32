package cn.remotewindow.protocol.message;

/** Where one identity verification stands, as the expert sees it (verify.state). */
public enum VerifyPhase {
    /** The kiosk is asking the citizen for consent. */
    REQUESTED,
    /** The citizen refused face recognition: check the documents by hand and record it. */
    CONSENT_REFUSED,
    /** Consent given; the citizen reads the card and follows the challenge. */
    CAPTURING,
    /** The kiosk could not go on (card unreadable or expired, camera failed, citizen cancelled). */
    KIOSK_PROBLEM,
    /** The evidence arrived after the deadline or never came. */
    EXPIRED,
    /** The machine decided; the expert confirms or overrides. */
    DECIDED,
    /** The expert's decision is recorded; the verification is closed. */
    CLOSED,
    /** Replaced by a newer verification of the same session, or the session ended first. */
    CANCELLED
}
