package cn.remotewindow.kiosk.screen.swing;

import static cn.remotewindow.kiosk.screen.ControlNames.*;

import cn.remotewindow.kiosk.screen.ScreenContent;
import cn.remotewindow.kiosk.screen.ScreenState;
import javax.swing.JComponent;
import javax.swing.JPanel;

/** "Connecting you to an expert": while the request rings and while the call sets up its media. */
final class ConnectingScreen implements ScreenView {

    private final JPanel panel;
    private final KioskLabel heading;
    private final KioskLabel body;
    private final CancelQuestion cancel;

    ConnectingScreen(Widgets widgets) {
        Theme theme = widgets.theme();
        panel = widgets.column(true);
        heading = widgets.label(CONNECTING_HEADING, theme.heading(), Theme.TEXT, true);
        body = widgets.label(CONNECTING_BODY, theme.body(), Theme.TEXT, true);
        cancel = new CancelQuestion(widgets, CONNECTING_CANCEL, CONNECTING_CANCEL_QUESTION, CONNECTING_CANCEL_KEEP,
                CONNECTING_CANCEL_CONFIRM);
        int text = theme.px(1100);
        panel.add(new BusyIndicator("connecting.busy", theme.px(120)), ColumnLayout.Cell.centred(theme.px(120)));
        panel.add(heading, ColumnLayout.Cell.centred(text));
        panel.add(body, ColumnLayout.Cell.centred(text));
        panel.add(Widgets.strut(theme), ColumnLayout.Cell.FULL);
        cancel.addTo(panel, theme);
    }

    @Override
    public JComponent component() {
        return panel;
    }

    @Override
    public void render(ScreenState state, ScreenContent content) {
        Widgets.bind(heading, content);
        Widgets.bind(body, content);
        cancel.render(content);
    }
}
