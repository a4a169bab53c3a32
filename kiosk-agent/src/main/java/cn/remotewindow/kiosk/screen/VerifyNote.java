package cn.remotewindow.kiosk.screen;

/** Why an identity check ends without a result on the kiosk, in the citizen's words. */
public enum VerifyNote {
    /** The citizen said no to face recognition, or stopped: the expert checks the ID card by hand. */
    MANUAL_CHECK,
    /** The card's validity has ended. */
    CARD_EXPIRED,
    /** Anything else (card unreadable or inconsistent, camera, upload, time): the expert says what next. */
    NOT_COMPLETED
}
