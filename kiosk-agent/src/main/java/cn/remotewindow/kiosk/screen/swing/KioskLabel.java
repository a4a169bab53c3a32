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
 * {@link JLabel} so that tests and screen readers find its text; the drawing is its own, and the
 * text is always plain: Swing's HTML rendering is switched off, so a text from outside that starts
 * with {@code <html>} shows as typed and makes Swing parse or fetch nothing.
 */
final class KioskLabel extends JLabel implements HeightForWidth {

    private final boolean centred;
    /** A word longer than the line may be split (untrusted text: a long link, a code). */
    private boolean splitsLongWords;

    KioskLabel(String name, Font font, Color colour, boolean centred) {
        this.centred = centred;
        // Before any text is set: the look and feel builds an HTML view on setText otherwise.
        putClientProperty("html.disable", Boolean.TRUE);
        setName(name);
        setFont(font);
        setForeground(colour);
        setOpaque(false);
    }

    /** Lets a word that is longer than a whole line break across lines instead of failing the fit. */
    void setSplitsLongWords(boolean split) {
        splitsLongWords = split;
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
        return text.height() + insets.top + insets.bottom <= getHeight() + 1 && (splitsLongWords || !text.splitsWords());
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
