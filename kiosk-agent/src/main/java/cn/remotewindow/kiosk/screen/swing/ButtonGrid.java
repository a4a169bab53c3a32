package cn.remotewindow.kiosk.screen.swing;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.LayoutManager;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JPanel;

/**
 * Large tiles in a grid, a page at a time: when the tiles do not fit, the last row holds
 * "previous page" and "next page" buttons. Scrolling is no option for an older citizen on a touch
 * screen, and a tile that is simply cut off is worse.
 */
final class ButtonGrid extends JPanel {

    static final String PREVIOUS = "grid.previous";
    static final String NEXT = "grid.next";

    private final int columns;
    private final int tileHeight;
    private final int minimumTileHeight;
    private final int gap;
    private final KioskButton previous;
    private final KioskButton next;
    private final List<KioskButton> tiles = new ArrayList<>();
    private int page;

    ButtonGrid(int columns, int tileHeight, int gap, Theme theme) {
        this.columns = columns;
        this.tileHeight = tileHeight;
        this.minimumTileHeight = theme.buttonHeight();
        this.gap = gap;
        setOpaque(false);
        setLayout(new GridPages());
        previous = new KioskButton(PREVIOUS, KioskButton.Style.SECONDARY, theme.button(), theme);
        next = new KioskButton(NEXT, KioskButton.Style.SECONDARY, theme.button(), theme);
        previous.addActionListener(e -> turn(-1));
        next.addActionListener(e -> turn(+1));
        add(previous);
        add(next);
    }

    /** Replaces the tiles and goes back to the first page. */
    void setTiles(List<KioskButton> newTiles) {
        for (KioskButton tile : tiles) {
            remove(tile);
        }
        tiles.clear();
        tiles.addAll(newTiles);
        for (KioskButton tile : tiles) {
            add(tile);
        }
        page = 0;
        revalidate();
        repaint();
    }

    void setPagerTexts(String previousText, String nextText) {
        previous.setText(previousText);
        next.setText(nextText);
    }

    private void turn(int pages) {
        page += pages;
        // Only this grid's children move; laying it out directly also works without a window.
        doLayout();
        repaint();
    }

    /** Places the current page's tiles; hides the others. */
    private final class GridPages implements LayoutManager {
        @Override
        public void layoutContainer(Container parent) {
            int width = parent.getWidth();
            int height = tileHeight;
            int rows = rowsOf(parent, height);
            boolean paged = tiles.size() > rows * columns;
            if (paged) {
                // Paging costs a row and a tap per page: first make the tiles as small as a button.
                height = minimumTileHeight;
                rows = rowsOf(parent, height);
                paged = tiles.size() > rows * columns && rows > 1;
            }
            int perPage = paged ? (rows - 1) * columns : tiles.size();
            int pages = perPage == 0 ? 1 : (tiles.size() + perPage - 1) / perPage;
            page = Math.max(0, Math.min(page, pages - 1));
            int tileWidth = (width - gap * (columns - 1)) / columns;
            for (int i = 0; i < tiles.size(); i++) {
                KioskButton tile = tiles.get(i);
                int onPage = i - page * perPage;
                boolean shown = onPage >= 0 && onPage < perPage;
                setShown(tile, shown);
                if (shown) {
                    int row = onPage / columns;
                    int column = onPage % columns;
                    tile.setBounds(column * (tileWidth + gap), row * (height + gap), tileWidth, height);
                }
            }
            setShown(previous, paged);
            setShown(next, paged);
            if (paged) {
                int y = (rows - 1) * (height + gap);
                int half = (width - gap) / 2;
                previous.setBounds(0, y, half, height);
                next.setBounds(half + gap, y, width - half - gap, height);
                previous.setEnabled(page > 0);
                next.setEnabled(page < pages - 1);
            }
            KioskButton.shareTextSize(tiles);
        }

        @Override
        public Dimension preferredLayoutSize(Container parent) {
            int rows = (tiles.size() + columns - 1) / columns;
            return new Dimension(columns * 300, rows * tileHeight + Math.max(0, rows - 1) * gap);
        }

        @Override
        public Dimension minimumLayoutSize(Container parent) {
            return new Dimension(0, tileHeight);
        }

        @Override
        public void addLayoutComponent(String name, Component comp) {
        }

        @Override
        public void removeLayoutComponent(Component comp) {
        }

        private int rowsOf(Container parent, int height) {
            return Math.max(1, (parent.getHeight() + gap) / (height + gap));
        }

        private void setShown(Component component, boolean shown) {
            if (component.isVisible() != shown) {
                component.setVisible(shown);
            }
        }
    }
}
