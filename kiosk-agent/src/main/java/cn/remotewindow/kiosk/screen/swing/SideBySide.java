package cn.remotewindow.kiosk.screen.swing;

import javax.swing.JPanel;

/** A button of fixed width with its explanation beside it, as high as the taller of the two. */
final class SideBySide extends JPanel implements HeightForWidth {

    private final KioskButton button;
    private final KioskLabel label;
    private final int buttonWidth;
    private final int gap;

    SideBySide(KioskButton button, KioskLabel label, int buttonWidth, int gap) {
        super(null);
        this.button = button;
        this.label = label;
        this.buttonWidth = buttonWidth;
        this.gap = gap;
        setOpaque(false);
        add(button);
        add(label);
    }

    @Override
    public int heightFor(int width) {
        return Math.max(button.heightFor(buttonWidth), label.heightFor(labelWidth(width)));
    }

    @Override
    public boolean textFits() {
        return button.textFits() && label.textFits();
    }

    @Override
    public void doLayout() {
        button.setBounds(0, 0, buttonWidth, getHeight());
        label.setBounds(buttonWidth + gap, 0, labelWidth(getWidth()), getHeight());
    }

    private int labelWidth(int width) {
        return Math.max(0, width - buttonWidth - gap);
    }
}
