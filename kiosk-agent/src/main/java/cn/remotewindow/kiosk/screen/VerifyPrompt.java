package cn.remotewindow.kiosk.screen;

/**
 * What the identity check asks the citizen to do with their head, from the citizen's point of view:
 * TURN_LEFT is a turn to their own left, which is the screen's left as they face it.
 */
public enum VerifyPrompt {
    /** 请正对屏幕: before the first motion and after each. */
    FACE_SCREEN,
    /** 请向左转头 */
    TURN_LEFT,
    /** 请向右转头 */
    TURN_RIGHT,
    /** 请缓慢点头 */
    NOD
}
