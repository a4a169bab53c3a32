package cn.remotewindow.kiosk.screen.swing;

import static cn.remotewindow.kiosk.screen.ControlNames.*;

import cn.remotewindow.kiosk.screen.ChoosingService;
import cn.remotewindow.kiosk.screen.ChoosingService.Step;
import cn.remotewindow.kiosk.screen.Messages;
import cn.remotewindow.kiosk.screen.ScreenContent;
import cn.remotewindow.kiosk.screen.ScreenState;
import cn.remotewindow.kiosk.screen.ServiceCatalogue;
import cn.remotewindow.kiosk.screen.ServiceSearch;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.swing.JComponent;
import javax.swing.JPanel;

/**
 * Choosing a service, one decision per step: first the department (large tiles), then the item
 * (large tiles, plus "something else: ask the department"); or the 一件事 bundles; or a search on
 * large letter keys by pinyin initials. The 绿色通道 switch sits above the tiles on every step,
 * because the tap on an item already sends the request.
 */
final class ServiceChoiceScreen implements ScreenView {

    private final Widgets widgets;
    private final Theme theme;
    private final JPanel panel;
    private final KioskLabel heading;
    private final KioskButton greenChannel;
    private final KioskLabel hint;
    private final SideBySide greenRow;
    private final KioskButton bundlesShortcut;
    private final KioskButton search;
    /** The bottom row: the shortcuts on the first step, "back" (and the search's keys) on the others. */
    private final ButtonRow bottom;
    private Object bottomFor;
    private final ButtonGrid departments;
    private final ButtonGrid items;
    private final ButtonGrid bundles;
    private final KioskLabel searchHint;
    private final ButtonGrid keys;
    private final KioskLabel noMatch;
    private final KioskButton back;
    private final KioskButton delete;
    private final KioskButton clear;
    private final List<ButtonGrid> grids;
    /** The buttons made per catalogue and step (the keys are made once). */
    private final List<KioskButton> tiles = new ArrayList<>();
    private final List<KioskButton> keyButtons = new ArrayList<>();
    private Object builtFor;

    ServiceChoiceScreen(Widgets widgets) {
        this.widgets = widgets;
        this.theme = widgets.theme();
        panel = widgets.column(false);
        heading = widgets.label(CHOICE_HEADING, theme.heading(), Theme.TEXT, false);
        greenChannel = widgets.button(CHOICE_GREEN_CHANNEL, KioskButton.Style.GREEN_OFF);
        hint = widgets.label(CHOICE_HINT, theme.small(), Theme.TEXT_QUIET, false);
        bundlesShortcut = widgets.button(CHOICE_BUNDLES, KioskButton.Style.PRIMARY);
        search = widgets.button(CHOICE_SEARCH, KioskButton.Style.SECONDARY);
        departments = new ButtonGrid(3, theme.px(130), theme.gap(), theme);
        items = new ButtonGrid(2, theme.px(120), theme.gap(), theme);
        // A bundle's tile lists its items: one to a row.
        bundles = new ButtonGrid(1, theme.px(130), theme.gap(), theme);
        searchHint = widgets.label(CHOICE_SEARCH_HINT, theme.small(), Theme.TEXT_QUIET, false);
        // Two rows of 13 letters: every key at least 80 px, far apart enough for an unsteady finger.
        keys = new ButtonGrid(13, theme.px(80), theme.px(10), theme);
        for (String key : ChoosingService.KEYS) {
            keyButtons.add(widgets.button(CHOICE_KEY + key, KioskButton.Style.TILE));
        }
        keys.setTiles(new ArrayList<>(keyButtons));
        noMatch = widgets.label(CHOICE_NO_MATCH, theme.body(), Theme.TEXT, false);
        back = widgets.button(CHOICE_BACK, KioskButton.Style.SECONDARY);
        delete = widgets.button(CHOICE_KEY_DELETE, KioskButton.Style.SECONDARY);
        clear = widgets.button(CHOICE_KEY_CLEAR, KioskButton.Style.SECONDARY);
        grids = List.of(departments, items, bundles, keys);
        bottom = new ButtonRow(theme.gap());
        panel.add(heading, ColumnLayout.Cell.FULL);
        greenRow = new SideBySide(greenChannel, hint, theme.px(560), theme.gap());
        panel.add(greenRow, ColumnLayout.Cell.FULL);
        panel.add(keys, ColumnLayout.Cell.FULL);
        panel.add(searchHint, ColumnLayout.Cell.FULL);
        panel.add(departments, ColumnLayout.Cell.GROW);
        panel.add(noMatch, ColumnLayout.Cell.FULL);
        panel.add(items, ColumnLayout.Cell.GROW);
        panel.add(bundles, ColumnLayout.Cell.GROW);
        panel.add(bottom, ColumnLayout.Cell.centred(theme.px(420)));
    }

    @Override
    public JComponent component() {
        return panel;
    }

    @Override
    public void render(ScreenState state, ScreenContent content) {
        ChoosingService choosing = (ChoosingService) state;
        rebuildTilesIfNeeded(choosing);
        for (KioskLabel label : List.of(heading, hint, searchHint, noMatch)) {
            Widgets.bind(label, content);
        }
        Widgets.bind(greenChannel, content);
        greenChannel.setStyle(choosing.greenChannel() ? KioskButton.Style.GREEN_ON : KioskButton.Style.GREEN_OFF);
        Widgets.bind(back, content);
        Widgets.bind(bundlesShortcut, content);
        Widgets.bind(search, content);
        Widgets.bind(delete, content);
        Widgets.bind(clear, content);
        for (KioskButton tile : tiles) {
            Widgets.bind(tile, content);
        }
        for (KioskButton key : keyButtons) {
            Widgets.bind(key, content);
        }
        Messages messages = Messages.of(content.language());
        for (ButtonGrid grid : grids) {
            grid.setPagerTexts(messages.text("grid.previous"), messages.text("grid.next"));
        }
        Step step = choosing.step();
        arrangeBottom(step, !choosing.catalogue().bundles().isEmpty());
        greenRow.setVisible(content.shows(CHOICE_GREEN_CHANNEL));
        departments.setVisible(step == Step.DEPARTMENTS);
        keys.setVisible(step == Step.SEARCH);
        // The items grid shows a department's items or the search's results.
        items.setVisible(step == Step.ITEMS || (step == Step.SEARCH && !choosing.matches().isEmpty()));
        bundles.setVisible(step == Step.BUNDLES);
    }

    /** Only the buttons of this step share the bottom row, equally wide, centred. */
    private void arrangeBottom(Step step, boolean withBundles) {
        Object key = List.of(step, withBundles);
        if (key.equals(bottomFor)) {
            return;
        }
        bottomFor = key;
        bottom.removeAll();
        List<KioskButton> shown = switch (step) {
            case DEPARTMENTS -> withBundles ? List.of(bundlesShortcut, search) : List.of(search);
            case ITEMS, BUNDLES -> List.of(back);
            case SEARCH -> List.of(back, delete, clear);
        };
        shown.forEach(bottom::add);
        int index = List.of(panel.getComponents()).indexOf(bottom);
        panel.remove(bottom);
        panel.add(bottom, ColumnLayout.Cell.centred(theme.px(shown.size() == 1 ? 420 : 1260)), index);
        panel.revalidate();
    }

    /** Tiles are made per catalogue, step and search; a language switch only changes their texts. */
    private void rebuildTilesIfNeeded(ChoosingService choosing) {
        Object key = List.of(System.identityHashCode(choosing.catalogue()), choosing.step(),
                Objects.toString(choosing.department() == null ? null : choosing.department().code()),
                choosing.step() == Step.SEARCH ? choosing.typed() : "");
        if (key.equals(builtFor)) {
            return;
        }
        builtFor = key;
        tiles.clear();
        ServiceCatalogue catalogue = choosing.catalogue();
        switch (choosing.step()) {
            case DEPARTMENTS -> {
                List<KioskButton> departmentTiles = new ArrayList<>();
                for (ServiceCatalogue.Department department : catalogue.departments()) {
                    departmentTiles.add(widgets.button(CHOICE_DEPARTMENT + department.code(), KioskButton.Style.TILE));
                }
                tiles.addAll(departmentTiles);
                departments.setTiles(departmentTiles);
            }
            case ITEMS -> {
                for (ServiceCatalogue.Item item : choosing.department().items()) {
                    tiles.add(widgets.button(CHOICE_ITEM + item.code(), KioskButton.Style.TILE));
                }
                tiles.add(widgets.button(CHOICE_CONSULT + choosing.department().code(), KioskButton.Style.SECONDARY));
                items.setTiles(new ArrayList<>(tiles));
            }
            case BUNDLES -> {
                for (ServiceCatalogue.Bundle bundle : catalogue.bundles()) {
                    tiles.add(widgets.button(CHOICE_BUNDLE + bundle.code(), KioskButton.Style.TILE));
                }
                bundles.setTiles(new ArrayList<>(tiles));
            }
            case SEARCH -> {
                for (ServiceSearch.Match match : choosing.matches()) {
                    tiles.add(widgets.button((match.isBundle() ? CHOICE_BUNDLE : CHOICE_ITEM) + match.code(),
                            KioskButton.Style.TILE));
                }
                items.setTiles(new ArrayList<>(tiles));
            }
        }
    }
}
