package cn.remotewindow.kiosk.screen.swing;

import static cn.remotewindow.kiosk.screen.ControlNames.LANGUAGE;
import static cn.remotewindow.kiosk.screen.ControlNames.SUBTITLE;
import static cn.remotewindow.kiosk.screen.ControlNames.TITLE;

import cn.remotewindow.kiosk.screen.ScreenContent;
import java.awt.Color;
import java.awt.Dimension;
import javax.swing.JPanel;

/**
 * The band across the top of every screen: what this is, and the language switch, always in the
 * same place. The switch is labelled in the other language, so whoever needs it can read it.
 */
final class TopBar extends JPanel {

    private final Theme theme;
    private final KioskLabel title;
    private final KioskLabel subtitle;
    private final KioskButton language;

    TopBar(Widgets widgets) {
        super(null);
        this.theme = widgets.theme();
        setBackground(Theme.TOP_BAR);
        setOpaque(true);
        title = widgets.label(TITLE, theme.title(), Color.WHITE, false);
        subtitle = widgets.label(SUBTITLE, theme.small(), Color.WHITE, false);
        language = widgets.button(LANGUAGE, KioskButton.Style.ON_DARK);
        add(title);
        add(subtitle);
        add(language);
    }

    void render(ScreenContent content) {
        Widgets.bind(title, content);
        Widgets.bind(subtitle, content);
        Widgets.bind(language, content);
    }

    @Override
    public Dimension getPreferredSize() {
        return new Dimension(theme.px(1280), theme.px(108));
    }

    @Override
    public void doLayout() {
        int margin = theme.margin();
        int buttonWidth = theme.px(240);
        int buttonHeight = theme.px(84);
        language.setBounds(getWidth() - margin - buttonWidth, (getHeight() - buttonHeight) / 2, buttonWidth, buttonHeight);
        int textWidth = getWidth() - 3 * margin - buttonWidth;
        int titleHeight = title.heightFor(textWidth);
        int subtitleHeight = subtitle.heightFor(textWidth);
        int top = (getHeight() - titleHeight - subtitleHeight) / 2;
        title.setBounds(margin, top, textWidth, titleHeight);
        subtitle.setBounds(margin, top + titleHeight, textWidth, subtitleHeight);
    }
}
