package cn.remotewindow.kiosk.screen.swing;

import static cn.remotewindow.kiosk.screen.ControlNames.*;

import cn.remotewindow.kiosk.screen.ScreenContent;
import cn.remotewindow.kiosk.screen.ScreenState;
import java.awt.Font;
import javax.swing.JComponent;
import javax.swing.JPanel;

/**
 * Waiting in the queue: the place in the queue as the largest text, the expected wait in words,
 * a moving indicator so the kiosk never looks frozen, and a way out. Queue updates change the
 * texts in place; the animation and an open cancel question carry on.
 */
final class WaitingScreen implements ScreenView {

    private final JPanel panel;
    private final KioskLabel heading;
    private final KioskLabel service;
    private final KioskLabel position;
    private final KioskLabel estimate;
    private final KioskLabel experts;
    private final CancelQuestion cancel;

    WaitingScreen(Widgets widgets) {
        Theme theme = widgets.theme();
        panel = widgets.column(true);
        heading = widgets.label(WAITING_HEADING, theme.heading(), Theme.TEXT, true);
        service = widgets.label(WAITING_SERVICE, theme.body(), Theme.TEXT_QUIET, true);
        position = widgets.label(WAITING_POSITION, theme.figure(), Theme.PRIMARY, true);
        estimate = widgets.label(WAITING_ESTIMATE, theme.body().deriveFont(Font.BOLD), Theme.TEXT, true);
        experts = widgets.label(WAITING_EXPERTS, theme.body(), Theme.TEXT_QUIET, true);
        cancel = new CancelQuestion(widgets, WAITING_CANCEL, WAITING_CANCEL_QUESTION, WAITING_CANCEL_KEEP,
                WAITING_CANCEL_CONFIRM);
        int text = theme.px(1100);
        panel.add(new BusyHeading(new BusyIndicator("waiting.busy", theme.px(72)), heading, theme.gap()),
                ColumnLayout.Cell.centred(text));
        panel.add(service, ColumnLayout.Cell.centred(text));
        panel.add(position, ColumnLayout.Cell.centred(text));
        panel.add(estimate, ColumnLayout.Cell.centred(text));
        panel.add(experts, ColumnLayout.Cell.centred(text));
        cancel.addTo(panel, theme);
    }

    @Override
    public JComponent component() {
        return panel;
    }

    @Override
    public void render(ScreenState state, ScreenContent content) {
        Widgets.bind(heading, content);
        Widgets.bind(service, content);
        Widgets.bind(position, content);
        Widgets.bind(estimate, content);
        Widgets.bind(experts, content);
        cancel.render(content);
    }
}
