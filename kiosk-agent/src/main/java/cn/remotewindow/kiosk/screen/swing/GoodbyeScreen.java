package cn.remotewindow.kiosk.screen.swing;

import static cn.remotewindow.kiosk.screen.ControlNames.*;

import cn.remotewindow.kiosk.screen.ScreenContent;
import cn.remotewindow.kiosk.screen.ScreenState;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;

/** Thanks, and the reminder people most need at a kiosk: take your ID card and your things. */
final class GoodbyeScreen implements ScreenView {

    private final JPanel panel;
    private final KioskLabel heading;
    private final KioskLabel body;
    private final KioskButton startOver;

    GoodbyeScreen(Widgets widgets) {
        Theme theme = widgets.theme();
        panel = widgets.column(true);
        heading = widgets.label(GOODBYE_HEADING, theme.heading(), Theme.TEXT, true);
        body = widgets.label(GOODBYE_BODY, theme.button(), Theme.TEXT, true);
        JLabel card = new JLabel(Glyphs.idCard(theme.px(150)));
        card.setName("goodbye.card");
        startOver = widgets.button(GOODBYE_START_OVER, KioskButton.Style.PRIMARY);
        panel.add(heading, ColumnLayout.Cell.centred(theme.px(1100)));
        panel.add(card, ColumnLayout.Cell.centred(theme.px(150)));
        panel.add(body, ColumnLayout.Cell.centred(theme.px(1100)));
        panel.add(Widgets.strut(theme), ColumnLayout.Cell.FULL);
        panel.add(startOver, ColumnLayout.Cell.centred(theme.px(480)));
    }

    @Override
    public JComponent component() {
        return panel;
    }

    @Override
    public void render(ScreenState state, ScreenContent content) {
        Widgets.bind(heading, content);
        Widgets.bind(body, content);
        Widgets.bind(startOver, content);
    }
}
