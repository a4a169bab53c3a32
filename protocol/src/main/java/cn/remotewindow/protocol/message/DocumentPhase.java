package cn.remotewindow.protocol.message;

/** Where one requested document stands (document.state). */
public enum DocumentPhase {
    /** The expert asked for it; the kiosk is capturing. */
    REQUESTED,
    /** The kiosk uploaded a picture; the expert is looking at it. */
    UPLOADED,
    /** The expert accepted it: it is attached to the case. Final. */
    ACCEPTED,
    /** The expert rejected the picture (see the reason); the kiosk may upload a retake. */
    REJECTED,
    /** The kiosk could not capture or upload it (see the problem). Final. */
    PROBLEM,
    /** Replaced by a newer request, or the session ended first. Final. */
    CANCELLED;

    /** Nothing more can happen to the document. */
    public boolean isFinal() {
        return this == ACCEPTED || this == PROBLEM || this == CANCELLED;
    }

    /** The kiosk may upload a picture now. */
    public boolean takesUpload() {
        return this == REQUESTED || this == REJECTED;
    }
}
