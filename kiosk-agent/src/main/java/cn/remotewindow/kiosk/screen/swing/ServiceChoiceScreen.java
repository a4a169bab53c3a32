package cn.remotewindow.kiosk.screen.swing;

import static cn.remotewindow.kiosk.screen.ControlNames.*;

import cn.remotewindow.kiosk.screen.Messages;
import cn.remotewindow.kiosk.screen.ScreenContent;
import cn.remotewindow.kiosk.screen.ScreenState;
import cn.remotewindow.kiosk.screen.ScreenStates.ChoosingService;
import cn.remotewindow.kiosk.screen.ServiceCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.swing.JComponent;
import javax.swing.JPanel;

/**
 * Choosing a service, one decision per step: first the department (large tiles), then the item
 * (large tiles, plus "something else: ask the department"). The 绿色通道 switch sits above the
 * tiles on both steps, because the tap on an item already sends the request.
 */
final class ServiceChoiceScreen implements ScreenView {

    private final Widgets widgets;
    private final Theme theme;
    private final JPanel panel;
    private final KioskLabel heading;
    private final KioskButton greenChannel;
    private final KioskLabel hint;
    private final ButtonGrid departments;
    private final ButtonGrid items;
    private final KioskButton back;
    private final List<KioskButton> tiles = new ArrayList<>();
    private Object builtFor;

    ServiceChoiceScreen(Widgets widgets) {
        this.widgets = widgets;
        this.theme = widgets.theme();
        panel = widgets.column(false);
        heading = widgets.label(CHOICE_HEADING, theme.heading(), Theme.TEXT, false);
        greenChannel = widgets.button(CHOICE_GREEN_CHANNEL, KioskButton.Style.GREEN_OFF);
        hint = widgets.label(CHOICE_HINT, theme.small(), Theme.TEXT_QUIET, false);
        departments = new ButtonGrid(3, theme.px(150), theme.gap(), theme);
        items = new ButtonGrid(2, theme.px(120), theme.gap(), theme);
        back = widgets.button(CHOICE_BACK, KioskButton.Style.SECONDARY);
        panel.add(heading, ColumnLayout.Cell.FULL);
        panel.add(new SideBySide(greenChannel, hint, theme.px(560), theme.gap()), ColumnLayout.Cell.FULL);
        panel.add(departments, ColumnLayout.Cell.GROW);
        panel.add(items, ColumnLayout.Cell.GROW);
        panel.add(back, ColumnLayout.Cell.centred(theme.px(420)));
    }

    @Override
    public JComponent component() {
        return panel;
    }

    @Override
    public void render(ScreenState state, ScreenContent content) {
        ChoosingService choosing = (ChoosingService) state;
        rebuildTilesIfNeeded(choosing);
        Widgets.bind(heading, content);
        Widgets.bind(greenChannel, content);
        greenChannel.setStyle(choosing.greenChannel() ? KioskButton.Style.GREEN_ON : KioskButton.Style.GREEN_OFF);
        Widgets.bind(hint, content);
        Widgets.bind(back, content);
        for (KioskButton tile : tiles) {
            Widgets.bind(tile, content);
        }
        Messages messages = Messages.of(content.language());
        departments.setPagerTexts(messages.text("grid.previous"), messages.text("grid.next"));
        items.setPagerTexts(messages.text("grid.previous"), messages.text("grid.next"));
        departments.setVisible(choosing.department() == null);
        items.setVisible(choosing.department() != null);
    }

    /** Tiles are made per catalogue and step; a language switch only changes their texts. */
    private void rebuildTilesIfNeeded(ChoosingService choosing) {
        Object key = List.of(System.identityHashCode(choosing.catalogue()),
                Objects.toString(choosing.department() == null ? null : choosing.department().code()));
        if (key.equals(builtFor)) {
            return;
        }
        builtFor = key;
        tiles.clear();
        if (choosing.department() == null) {
            for (ServiceCatalogue.Department department : choosing.catalogue().departments()) {
                tiles.add(widgets.button(CHOICE_DEPARTMENT + department.code(), KioskButton.Style.TILE));
            }
            departments.setTiles(new ArrayList<>(tiles));
        } else {
            for (ServiceCatalogue.Item item : choosing.department().items()) {
                tiles.add(widgets.button(CHOICE_ITEM + item.code(), KioskButton.Style.TILE));
            }
            tiles.add(widgets.button(CHOICE_CONSULT + choosing.department().code(), KioskButton.Style.SECONDARY));
            items.setTiles(new ArrayList<>(tiles));
        }
    }
}
