package cn.remotewindow.kiosk.screen.swing;

import static cn.remotewindow.kiosk.screen.ControlNames.STARTING_HEADING;

import cn.remotewindow.kiosk.screen.ScreenContent;
import cn.remotewindow.kiosk.screen.ScreenState;
import javax.swing.JComponent;
import javax.swing.JPanel;

/** Before the controller shows anything: "getting ready", so the kiosk never looks broken. */
final class StartingScreen implements ScreenView {

    private final JPanel panel;
    private final KioskLabel heading;

    StartingScreen(Widgets widgets) {
        Theme theme = widgets.theme();
        panel = widgets.column(true);
        heading = widgets.label(STARTING_HEADING, theme.heading(), Theme.TEXT, true);
        panel.add(new BusyIndicator("starting.busy", theme.px(110)), ColumnLayout.Cell.centred(theme.px(110)));
        panel.add(heading, ColumnLayout.Cell.centred(theme.px(1000)));
    }

    @Override
    public JComponent component() {
        return panel;
    }

    @Override
    public void render(ScreenState state, ScreenContent content) {
        Widgets.bind(heading, content);
    }
}
