package cn.remotewindow.kiosk.screen.swing;

import cn.remotewindow.kiosk.screen.ScreenContent;
import cn.remotewindow.kiosk.screen.ScreenState;
import javax.swing.JComponent;

/** One screen drawn in Swing. Built once; {@link #render} brings it up to date, on the event thread. */
interface ScreenView {

    JComponent component();

    /**
     * Shows this state. Texts and which buttons are visible and pressable come from
     * {@code content}; the state carries what is not words (which department, network quality).
     */
    void render(ScreenState state, ScreenContent content);
}
