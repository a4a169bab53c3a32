package cn.remotewindow.kiosk.screen.swing;

import static cn.remotewindow.kiosk.screen.ControlNames.*;

import cn.remotewindow.kiosk.screen.ScreenContent;
import cn.remotewindow.kiosk.screen.ScreenState;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;

/** What went wrong in one line, what to do next in another, and "try again" as the main button. */
final class ErrorScreen implements ScreenView {

    private final JPanel panel;
    private final KioskLabel what;
    private final KioskLabel next;
    private final KioskButton retry;
    private final KioskButton startOver;

    ErrorScreen(Widgets widgets) {
        Theme theme = widgets.theme();
        panel = widgets.column(true);
        JLabel sign = new JLabel(Glyphs.warning(theme.px(120)));
        sign.setName("error.sign");
        what = widgets.label(ERROR_WHAT, theme.heading(), Theme.TEXT, true);
        next = widgets.label(ERROR_NEXT, theme.body(), Theme.TEXT, true);
        retry = widgets.button(ERROR_RETRY, KioskButton.Style.PRIMARY);
        startOver = widgets.button(ERROR_START_OVER, KioskButton.Style.SECONDARY);
        int text = theme.px(1100);
        panel.add(sign, ColumnLayout.Cell.centred(theme.px(120)));
        panel.add(what, ColumnLayout.Cell.centred(text));
        panel.add(next, ColumnLayout.Cell.centred(text));
        panel.add(Widgets.strut(theme), ColumnLayout.Cell.FULL);
        panel.add(retry, ColumnLayout.Cell.centred(theme.px(480)));
        panel.add(startOver, ColumnLayout.Cell.centred(theme.px(480)));
    }

    @Override
    public JComponent component() {
        return panel;
    }

    @Override
    public void render(ScreenState state, ScreenContent content) {
        Widgets.bind(what, content);
        Widgets.bind(next, content);
        Widgets.bind(retry, content);
        Widgets.bind(startOver, content);
    }
}
