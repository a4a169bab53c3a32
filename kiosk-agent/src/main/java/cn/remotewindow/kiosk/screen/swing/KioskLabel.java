package cn.remotewindow.kiosk.screen.swing;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Insets;
import javax.swing.JLabel;

/**
 * A text that wraps to its width instead of being cut short, left-aligned or centred. It is a
 * {@link JLabel} so that tests and screen readers find its text; the drawing is its own.
 */
final class KioskLabel extends JLabel implements HeightForWidth {

    private final boolean centred;

    KioskLabel(String name, Font font, Color colour, boolean centred) {
        this.centred = centred;
        setName(name);
        setFont(font);
        setForeground(colour);
        setOpaque(false);
    }

    @Override
    public int heightFor(int width) {
        Insets insets = getInsets();
        int inner = width - insets.left - insets.right;
        return (int) Math.ceil(WrappedText.of(getText(), getFont(), inner).height()) + insets.top + insets.bottom;
    }

    @Override
    public boolean textFits() {
        if (getWidth() <= 0) {
            return false;
        }
        Insets insets = getInsets();
        WrappedText text = WrappedText.of(getText(), getFont(), getWidth() - insets.left - insets.right);
        return text.height() + insets.top + insets.bottom <= getHeight() + 1 && !text.splitsWords();
    }

    @Override
    public Dimension getPreferredSize() {
        if (isPreferredSizeSet()) {
            return super.getPreferredSize();
        }
        Insets insets = getInsets();
        int width = (int) Math.ceil(WrappedText.naturalWidth(getText(), getFont())) + insets.left + insets.right;
        return new Dimension(width, heightFor(getWidth() > 0 ? getWidth() : width));
    }

    @Override
    public Dimension getMinimumSize() {
        return new Dimension(0, getPreferredSize().height);
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            if (isOpaque()) {
                g2.setColor(getBackground());
                g2.fillRect(0, 0, getWidth(), getHeight());
            }
            Insets insets = getInsets();
            int inner = getWidth() - insets.left - insets.right;
            WrappedText text = WrappedText.of(getText(), getFont(), inner);
            // Centred vertically when given more height than the text needs (banners, rows).
            float top = insets.top + Math.max(0, (getHeight() - insets.top - insets.bottom - text.height()) / 2);
            g2.setColor(getForeground());
            text.draw(g2, insets.left, top, inner, centred);
        } finally {
            g2.dispose();
        }
    }
}
