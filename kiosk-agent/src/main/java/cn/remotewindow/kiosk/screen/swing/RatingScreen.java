package cn.remotewindow.kiosk.screen.swing;

import static cn.remotewindow.kiosk.screen.ControlNames.*;

import cn.remotewindow.kiosk.screen.Rating;
import cn.remotewindow.kiosk.screen.ScreenContent;
import cn.remotewindow.kiosk.screen.ScreenState;
import cn.remotewindow.kiosk.screen.ScreenStates.AskingRating;
import java.util.EnumMap;
import java.util.Map;
import javax.swing.JComponent;
import javax.swing.JPanel;

/**
 * The 好差评 rating: five large choices in the standard's order, each with a face so it can be
 * understood without reading, and a quiet "skip". The chosen one stays marked while the kiosk
 * moves on.
 */
final class RatingScreen implements ScreenView {

    private final JPanel panel;
    private final KioskLabel heading;
    private final KioskLabel hint;
    private final Map<Rating, KioskButton> choices = new EnumMap<>(Rating.class);
    private final KioskButton skip;

    RatingScreen(Widgets widgets) {
        Theme theme = widgets.theme();
        panel = widgets.column(true);
        heading = widgets.label(RATING_HEADING, theme.heading(), Theme.TEXT, true);
        hint = widgets.label(RATING_HINT, theme.body(), Theme.TEXT_QUIET, true);
        KioskButton[] buttons = new KioskButton[Rating.values().length];
        for (Rating rating : Rating.values()) {
            KioskButton button = widgets.button(RATING + rating.name(), KioskButton.Style.TILE);
            button.setGlyph(Glyphs.face(rating, theme.px(84)));
            choices.put(rating, button);
            buttons[rating.ordinal()] = button;
        }
        skip = widgets.button(RATING_SKIP, KioskButton.Style.SECONDARY, theme.small());
        panel.add(heading, ColumnLayout.Cell.centred(theme.px(1100)));
        panel.add(hint, ColumnLayout.Cell.centred(theme.px(1100)));
        panel.add(new ButtonRow(theme.gap(), buttons), ColumnLayout.Cell.centred(theme.px(1500)));
        panel.add(skip, ColumnLayout.Cell.centred(theme.px(300)));
    }

    @Override
    public JComponent component() {
        return panel;
    }

    @Override
    public void render(ScreenState state, ScreenContent content) {
        Rating chosen = ((AskingRating) state).chosen();
        Widgets.bind(heading, content);
        Widgets.bind(hint, content);
        for (Map.Entry<Rating, KioskButton> choice : choices.entrySet()) {
            Widgets.bind(choice.getValue(), content);
            choice.getValue().setSelected(choice.getKey() == chosen);
        }
        Widgets.bind(skip, content);
    }
}
