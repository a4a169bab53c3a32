package cn.remotewindow.kiosk.screen.swing;

import cn.remotewindow.kiosk.screen.ScreenContent;
import java.awt.Color;
import java.awt.Component;
import java.awt.Font;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.JPanel;

/**
 * Makes the screens' labels and buttons with the theme, wires every button to the model by its
 * name, and brings them up to date from a {@link ScreenContent}.
 */
final class Widgets {

    private final Theme theme;
    private final Consumer<String> press;

    /** @param press called on the event thread with the name of the button the citizen pressed */
    Widgets(Theme theme, Consumer<String> press) {
        this.theme = theme;
        this.press = press;
    }

    Theme theme() {
        return theme;
    }

    KioskButton button(String name, KioskButton.Style style) {
        return button(name, style, theme.button());
    }

    KioskButton button(String name, KioskButton.Style style, Font font) {
        KioskButton button = new KioskButton(name, style, font, theme);
        button.addActionListener(e -> press.accept(button.getName()));
        return button;
    }

    KioskLabel label(String name, Font font, Color colour, boolean centred) {
        return new KioskLabel(name, font, colour, centred);
    }

    /** A panel stacking its children as a {@link ColumnLayout}, with the screen margins. */
    JPanel column(boolean centreVertically) {
        JPanel panel = new JPanel(new ColumnLayout(theme.gap(), centreVertically));
        panel.setOpaque(false);
        panel.setBorder(BorderFactory.createEmptyBorder(theme.margin(), theme.margin(), theme.margin(), theme.margin()));
        return panel;
    }

    /** Extra room before a screen's buttons, so that they stand apart from the text. */
    static Component strut(Theme theme) {
        return Box.createVerticalStrut(theme.px(12));
    }

    /** Shows the label's text, or hides the label when this screen does not show it now. */
    static void bind(KioskLabel label, ScreenContent content) {
        String text = content.text(label.getName());
        label.setVisible(text != null);
        if (text != null) {
            label.setText(text);
        }
    }

    /** As {@link #bind(KioskLabel, ScreenContent)}, and enabled only when it can be pressed now. */
    static void bind(KioskButton button, ScreenContent content) {
        String text = content.text(button.getName());
        button.setVisible(text != null);
        if (text != null) {
            button.setText(text);
            button.setEnabled(content.canPress(button.getName()));
        }
    }
}
