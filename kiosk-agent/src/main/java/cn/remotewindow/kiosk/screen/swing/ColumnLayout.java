package cn.remotewindow.kiosk.screen.swing;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Insets;
import java.awt.LayoutManager2;
import java.util.HashMap;
import java.util.Map;

/**
 * Stacks components top to bottom, each as wide as the column (or at most its cell's width,
 * centred), each as high as its text needs at that width; "grow" cells share what is left. Swing's
 * own layouts ask for a height before they know the width, which is how wrapped text gets cut.
 */
final class ColumnLayout implements LayoutManager2 {

    /**
     * How one component sits in the column.
     *
     * @param grow takes a share of the height left over
     * @param shrink keeps its natural height while there is room, gives it up (before anything
     *     else) when there is not: pictures give way so that buttons stay on the screen
     */
    record Cell(int maxWidth, boolean grow, boolean shrink) {
        static final Cell FULL = new Cell(0, false, false);
        static final Cell GROW = new Cell(0, true, false);
        static final Cell SHRINK = new Cell(0, false, true);

        static Cell centred(int maxWidth) {
            return new Cell(maxWidth, false, false);
        }
    }

    private final int gap;
    private final boolean centreVertically;
    private final Map<Component, Cell> cells = new HashMap<>();

    /** @param centreVertically without grow cells, centre the stack instead of starting at the top */
    ColumnLayout(int gap, boolean centreVertically) {
        this.gap = gap;
        this.centreVertically = centreVertically;
    }

    @Override
    public void addLayoutComponent(Component component, Object constraints) {
        cells.put(component, constraints instanceof Cell ? (Cell) constraints : Cell.FULL);
    }

    @Override
    public void addLayoutComponent(String name, Component component) {
        cells.put(component, Cell.FULL);
    }

    @Override
    public void removeLayoutComponent(Component component) {
        cells.remove(component);
    }

    @Override
    public void layoutContainer(Container parent) {
        Insets insets = parent.getInsets();
        int width = parent.getWidth() - insets.left - insets.right;
        int height = parent.getHeight() - insets.top - insets.bottom;
        Component[] children = parent.getComponents();
        int[] widths = new int[children.length];
        int[] heights = new int[children.length];
        int fixed = 0;
        int shrinkable = 0;
        int growers = 0;
        int shown = 0;
        for (int i = 0; i < children.length; i++) {
            Component child = children[i];
            if (!child.isVisible()) {
                continue;
            }
            shown++;
            Cell cell = cell(child);
            widths[i] = cell.maxWidth() > 0 ? Math.min(width, cell.maxWidth()) : width;
            if (cell.grow()) {
                growers++;
            } else {
                heights[i] = heightOf(child, widths[i]);
                if (cell.shrink()) {
                    shrinkable += heights[i];
                } else {
                    fixed += heights[i];
                }
            }
        }
        int room = height - fixed - gap * Math.max(0, shown - 1);
        double shrinkFactor = shrinkable > room && shrinkable > 0 ? Math.max(0, room) / (double) shrinkable : 1;
        int used = fixed + gap * Math.max(0, shown - 1);
        for (int i = 0; i < children.length; i++) {
            if (children[i].isVisible() && cell(children[i]).shrink()) {
                heights[i] = (int) Math.floor(heights[i] * shrinkFactor);
                used += heights[i];
            }
        }
        int spare = height - used;
        int y = insets.top + (growers == 0 && centreVertically ? Math.max(0, spare / 2) : 0);
        for (int i = 0; i < children.length; i++) {
            Component child = children[i];
            if (!child.isVisible()) {
                continue;
            }
            if (cell(child).grow()) {
                heights[i] = Math.max(0, spare / growers);
            }
            child.setBounds(insets.left + (width - widths[i]) / 2, y, widths[i], heights[i]);
            y += heights[i] + gap;
        }
    }

    @Override
    public Dimension preferredLayoutSize(Container parent) {
        Insets insets = parent.getInsets();
        int width = 0;
        int height = 0;
        int shown = 0;
        int available = parent.getWidth() > 0 ? parent.getWidth() - insets.left - insets.right : Integer.MAX_VALUE;
        for (Component child : parent.getComponents()) {
            if (!child.isVisible()) {
                continue;
            }
            shown++;
            Cell cell = cell(child);
            int childWidth = Math.min(available, cell.maxWidth() > 0 ? cell.maxWidth() : child.getPreferredSize().width);
            width = Math.max(width, childWidth);
            height += cell.grow() ? 0 : heightOf(child, childWidth);
        }
        height += gap * Math.max(0, shown - 1);
        return new Dimension(width + insets.left + insets.right, height + insets.top + insets.bottom);
    }

    @Override
    public Dimension minimumLayoutSize(Container parent) {
        return new Dimension(0, 0);
    }

    @Override
    public Dimension maximumLayoutSize(Container target) {
        return new Dimension(Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    @Override
    public float getLayoutAlignmentX(Container target) {
        return 0.5f;
    }

    @Override
    public float getLayoutAlignmentY(Container target) {
        return 0.5f;
    }

    @Override
    public void invalidateLayout(Container target) {
    }

    private Cell cell(Component child) {
        return cells.getOrDefault(child, Cell.FULL);
    }

    static int heightOf(Component child, int width) {
        if (child instanceof HeightForWidth) {
            return ((HeightForWidth) child).heightFor(width);
        }
        if (child instanceof Container && ((Container) child).getLayout() instanceof ColumnLayout) {
            Container column = (Container) child;
            ColumnLayout layout = (ColumnLayout) column.getLayout();
            return layout.heightFor(column, width);
        }
        return child.getPreferredSize().height;
    }

    /** The column's natural height at this width (for nested columns). */
    int heightFor(Container parent, int outerWidth) {
        Insets insets = parent.getInsets();
        int width = outerWidth - insets.left - insets.right;
        int height = 0;
        int shown = 0;
        for (Component child : parent.getComponents()) {
            if (!child.isVisible()) {
                continue;
            }
            shown++;
            Cell cell = cell(child);
            if (!cell.grow()) {
                height += heightOf(child, cell.maxWidth() > 0 ? Math.min(width, cell.maxWidth()) : width);
            }
        }
        return height + gap * Math.max(0, shown - 1) + insets.top + insets.bottom;
    }
}
