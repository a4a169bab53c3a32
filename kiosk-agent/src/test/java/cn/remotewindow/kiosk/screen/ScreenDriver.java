package cn.remotewindow.kiosk.screen;

import java.util.Map;
import java.util.Set;

/**
 * How the contract test reads and taps a screen implementation the way a citizen would: what is
 * visible, what can be pressed, a tap by name.
 */
public interface ScreenDriver {

    KioskScreen screen();

    /** Texts the citizen can see now, by control name (labels, button labels, video captions). */
    Map<String, String> visibleTexts();

    /** Buttons that are visible and can be pressed now. */
    Set<String> pressable();

    /** Taps the named button; false when it is not visible or not pressable. */
    boolean press(String control);

    /** Waits until calls made so far are on the screen. */
    void settle();

    /** Whether this view would show a picture now (rather than its caption). */
    boolean showsPicture(VideoView view);
}
