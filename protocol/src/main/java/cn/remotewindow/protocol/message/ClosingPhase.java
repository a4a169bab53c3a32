package cn.remotewindow.protocol.message;

/** Where the citizen's confirmation of the case summary stands (closing.state). */
public enum ClosingPhase {
    /** The kiosk shows the summary; the citizen reads and signs. */
    SHOWN,
    /** Signed: the signature and its hash are on the record, the receipt can be printed. Final. */
    SIGNED,
    /** Replaced by a newer summary (the outcome changed), or the session ended before signing. Final. */
    CANCELLED
}
