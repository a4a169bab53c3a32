package cn.remotewindow.kiosk.screen;

/** The screens the kiosk can show. */
public enum ScreenId {
    /** Before the controller shows anything: a neutral "please wait". */
    STARTING,
    SERVICE_CHOICE,
    WAITING,
    CONNECTING,
    IN_CALL,
    RATING,
    ERROR,
    GOODBYE
}
