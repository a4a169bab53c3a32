package cn.remotewindow.kiosk.screen.swing;

import javax.swing.JPanel;

/**
 * A heading with the moving indicator just before it, centred as one: on the waiting screen the
 * indicator must not cost a line of its own, the queue figures and the way out need the room.
 */
final class BusyHeading extends JPanel implements HeightForWidth {

    private final BusyIndicator busy;
    private final KioskLabel heading;
    private final int gap;

    BusyHeading(BusyIndicator busy, KioskLabel heading, int gap) {
        super(null);
        this.busy = busy;
        this.heading = heading;
        this.gap = gap;
        setOpaque(false);
        add(busy);
        add(heading);
    }

    @Override
    public int heightFor(int width) {
        return Math.max(busy.getPreferredSize().height, heading.heightFor(textWidth(width)));
    }

    @Override
    public boolean textFits() {
        return heading.textFits();
    }

    @Override
    public void doLayout() {
        int size = busy.getPreferredSize().width;
        int text = textWidth(getWidth());
        int left = (getWidth() - size - gap - text) / 2;
        busy.setBounds(left, (getHeight() - size) / 2, size, size);
        heading.setBounds(left + size + gap, 0, text, getHeight());
    }

    /** The heading's natural width, or what is left beside the indicator when that is less. */
    private int textWidth(int width) {
        int natural = (int) Math.ceil(WrappedText.naturalWidth(heading.getText(), heading.getFont()));
        return Math.max(0, Math.min(natural, width - busy.getPreferredSize().width - gap));
    }
}
