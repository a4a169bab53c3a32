package cn.remotewindow.kiosk.screen.swing;

import java.awt.Component;
import java.awt.GridLayout;
import java.util.Arrays;
import javax.swing.JPanel;

/** Buttons side by side, equally wide, as high as the tallest needs. */
final class ButtonRow extends JPanel implements HeightForWidth {

    private final int gap;

    ButtonRow(int gap, KioskButton... buttons) {
        super(new GridLayout(1, 0, gap, 0));
        this.gap = gap;
        setOpaque(false);
        for (KioskButton button : buttons) {
            add(button);
        }
    }

    @Override
    public void doLayout() {
        super.doLayout();
        KioskButton.shareTextSize(Arrays.asList(getComponents()));
    }

    @Override
    public int heightFor(int width) {
        int shown = 0;
        for (Component child : getComponents()) {
            shown += child.isVisible() ? 1 : 0;
        }
        if (shown == 0) {
            return 0;
        }
        int cellWidth = (width - gap * (shown - 1)) / shown;
        int height = 0;
        for (Component child : getComponents()) {
            if (child.isVisible()) {
                height = Math.max(height, ((KioskButton) child).heightFor(cellWidth));
            }
        }
        return height;
    }

    @Override
    public boolean textFits() {
        for (Component child : getComponents()) {
            if (child.isVisible() && !((KioskButton) child).textFits()) {
                return false;
            }
        }
        return true;
    }
}
