package cn.remotewindow.kiosk.screen.swing;

import cn.remotewindow.kiosk.screen.ScreenContent;
import javax.swing.JPanel;

/**
 * "Stop waiting" and, after it is pressed, "are you sure? [keep waiting] [leave]" in the same
 * place: leaving the queue costs the citizen their place, so it takes a second deliberate tap,
 * and the safe answer is the prominent one.
 */
final class CancelQuestion {

    private final KioskButton cancel;
    private final KioskLabel question;
    private final ButtonRow answers;
    private final KioskButton keep;
    private final KioskButton confirm;

    CancelQuestion(Widgets widgets, String cancelName, String questionName, String keepName, String confirmName) {
        Theme theme = widgets.theme();
        cancel = widgets.button(cancelName, KioskButton.Style.SECONDARY);
        question = widgets.label(questionName, theme.body(), Theme.TEXT, true);
        keep = widgets.button(keepName, KioskButton.Style.PRIMARY);
        confirm = widgets.button(confirmName, KioskButton.Style.SECONDARY);
        answers = new ButtonRow(theme.gap(), keep, confirm);
    }

    /** Adds its parts to a column panel. */
    void addTo(JPanel column, Theme theme) {
        column.add(cancel, ColumnLayout.Cell.centred(theme.px(440)));
        column.add(question, ColumnLayout.Cell.centred(theme.px(1000)));
        column.add(answers, ColumnLayout.Cell.centred(theme.px(900)));
    }

    void render(ScreenContent content) {
        Widgets.bind(cancel, content);
        Widgets.bind(question, content);
        Widgets.bind(keep, content);
        Widgets.bind(confirm, content);
        answers.setVisible(keep.isVisible());
    }
}
