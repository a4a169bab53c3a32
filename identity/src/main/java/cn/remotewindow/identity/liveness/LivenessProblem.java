package cn.remotewindow.identity.liveness;

/** Why a burst did not prove liveness. Several can apply to one burst. */
public enum LivenessProblem {
    /** Fewer frames than the minimum. */
    TOO_FEW_FRAMES,
    /** More frames than the maximum. */
    TOO_MANY_FRAMES,
    /** Capture times not strictly increasing (reordered or duplicated frames). */
    TIMESTAMPS_NOT_INCREASING,
    /** A frame captured before the challenge was issued or after its deadline (e.g. replayed). */
    OUTSIDE_CHALLENGE_WINDOW,
    /** First to last frame spans longer than allowed. */
    BURST_TOO_LONG,
    /** The burst arrived after the deadline plus grace. */
    ARRIVED_LATE,
    /** The first frame does not show one face looking straight at the camera. */
    NOT_FRONTAL_AT_START,
    /** A frame without exactly one usable face. */
    FACE_LOST,
    /** A motion the challenge asked for was not seen (or, for a nod, not completed back up). */
    STEP_NOT_SEEN,
    /** The challenge's motions were made in another order. */
    WRONG_ORDER,
    /** A motion the challenge did not ask for. */
    UNEXPECTED_MOTION,
    /** Two steps followed each other without the head coming back toward frontal in between. */
    NO_RETURN_BETWEEN_STEPS
}
