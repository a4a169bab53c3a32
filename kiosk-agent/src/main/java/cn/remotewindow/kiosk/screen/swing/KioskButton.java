package cn.remotewindow.kiosk.screen.swing;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Component;
import java.awt.Cursor;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import javax.swing.Icon;
import javax.swing.JButton;

/**
 * A large touch button: flat, high contrast, a clearly darker colour while pressed, text that
 * wraps over several lines and shrinks (not below the 28 px floor) before it would be cut off.
 * The look and feel does not draw it, so it looks the same on every kiosk image.
 */
final class KioskButton extends JButton implements HeightForWidth {

    /** What a button is for decides its colours; one PRIMARY per screen. */
    enum Style {
        PRIMARY(Theme.PRIMARY, Theme.PRIMARY_PRESSED, Color.WHITE, null),
        SECONDARY(Color.WHITE, Theme.TILE_PRESSED, Theme.PRIMARY, Theme.PRIMARY),
        DANGER(Theme.DANGER, Theme.DANGER_PRESSED, Color.WHITE, null),
        GREEN_ON(Theme.GREEN, Theme.GREEN_PRESSED, Color.WHITE, null),
        GREEN_OFF(Color.WHITE, Theme.GREEN_TINT, Theme.GREEN, Theme.GREEN),
        TILE(Theme.TILE, Theme.TILE_PRESSED, Theme.TEXT, Theme.PRIMARY),
        ON_DARK(Theme.TOP_BAR, Theme.PRIMARY_PRESSED, Color.WHITE, Color.WHITE);

        final Color fill;
        final Color pressed;
        final Color text;
        final Color border;

        Style(Color fill, Color pressed, Color text, Color border) {
            this.fill = fill;
            this.pressed = pressed;
            this.text = text;
            this.border = border;
        }
    }

    private final Theme theme;
    private Style style;
    private Icon glyph;
    /** Largest text size allowed, so that buttons side by side can share one size. */
    private float textSizeCap = Float.MAX_VALUE;

    KioskButton(String name, Style style, Font font, Theme theme) {
        this.theme = theme;
        this.style = style;
        // Labels are plain text, whatever they start with (see KioskLabel).
        putClientProperty("html.disable", Boolean.TRUE);
        setName(name);
        setFont(font);
        setContentAreaFilled(false);
        setBorderPainted(false);
        setFocusPainted(false);
        setOpaque(false);
        setCursor(Cursor.getPredefinedCursor(Cursor.HAND_CURSOR));
    }

    void setStyle(Style newStyle) {
        if (newStyle != style) {
            style = newStyle;
            repaint();
        }
    }

    /**
     * Gives buttons that stand together (a grid, a row) one text size, the largest that fits
     * all of them: neighbours in different sizes look like a mistake. Call after layout.
     */
    static void shareTextSize(Iterable<? extends Component> buttons) {
        float shared = Float.MAX_VALUE;
        for (Component component : buttons) {
            if (component instanceof KioskButton && component.isVisible() && component.getWidth() > 0) {
                KioskButton button = (KioskButton) component;
                button.textSizeCap = Float.MAX_VALUE;
                shared = Math.min(shared, button.fit().font.getSize2D());
            }
        }
        for (Component component : buttons) {
            if (component instanceof KioskButton) {
                ((KioskButton) component).textSizeCap = shared;
                component.repaint();
            }
        }
    }

    /** A picture above the text (rating faces). */
    void setGlyph(Icon newGlyph) {
        glyph = newGlyph;
        repaint();
    }

    @Override
    public Dimension getPreferredSize() {
        if (isPreferredSizeSet()) {
            return super.getPreferredSize();
        }
        int width = (int) Math.ceil(WrappedText.naturalWidth(getText(), getFont())) + 2 * paddingX();
        return new Dimension(width, heightFor(width));
    }

    @Override
    public int heightFor(int width) {
        WrappedText text = WrappedText.of(getText(), getFont(), width - 2 * paddingX());
        int needed = (int) Math.ceil(text.height()) + textTop() + paddingY();
        return Math.max(theme.buttonHeight(), needed);
    }

    @Override
    public boolean textFits() {
        return fit().fits;
    }

    /** The font size actually drawn, for the test that no button text shrank below the floor. */
    float drawnTextSize() {
        return fit().font.getSize2D();
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            boolean down = getModel().isArmed() && getModel().isPressed();
            Color fill = !isEnabled() && !isSelected() ? Theme.DISABLED : down ? style.pressed : style.fill;
            float stroke = theme.px(isSelected() ? 7 : 3);
            var shape = new RoundRectangle2D.Float(stroke / 2, stroke / 2, getWidth() - stroke, getHeight() - stroke,
                    theme.corner(), theme.corner());
            g2.setColor(fill);
            g2.fill(shape);
            Color border = isSelected() ? Theme.TEXT : isEnabled() ? style.border : null;
            if (border != null) {
                g2.setColor(border);
                g2.setStroke(new BasicStroke(stroke));
                g2.draw(shape);
            }
            Fit fit = fit();
            WrappedText text = WrappedText.of(getText(), fit.font, getWidth() - 2 * paddingX());
            if (glyph != null) {
                // The picture sits at the same height in every button of a row, whether the
                // label below it takes one line or two.
                glyph.paintIcon(this, g2, (getWidth() - glyph.getIconWidth()) / 2, glyphTop());
            }
            float top = textTop() + Math.max(0, (getHeight() - textTop() - paddingY() - text.height()) / 2);
            g2.setFont(fit.font);
            g2.setColor(isEnabled() || isSelected() ? style.text : Theme.DISABLED_TEXT);
            text.draw(g2, paddingX(), top, getWidth() - 2 * paddingX(), true);
        } finally {
            g2.dispose();
        }
    }

    /**
     * The largest size, from the button's font down to the 28 px floor, at which the text fits
     * without splitting a word, preferably without an orphaned last line.
     */
    private Fit fit() {
        int width = getWidth() - 2 * paddingX();
        int height = getHeight() - textTop() - paddingY();
        Font fitting = null;
        Font start = getFont().getSize2D() > textSizeCap ? getFont().deriveFont(textSizeCap) : getFont();
        for (Font font = start; font.getSize2D() >= theme.minimumTextSize();
                font = font.deriveFont(font.getSize2D() - 2)) {
            WrappedText text = WrappedText.of(getText(), font, width);
            if (text.height() <= height + 1 && !text.splitsWords()) {
                if (!text.endsInOrphan()) {
                    return new Fit(font, true);
                }
                if (fitting == null) {
                    fitting = font;
                }
            }
        }
        if (fitting != null) {
            return new Fit(fitting, true);
        }
        return new Fit(getFont().deriveFont(theme.minimumTextSize()), false);
    }

    private int glyphTop() {
        return theme.px(14);
    }

    /** Where the text area starts: under the picture, if there is one. */
    private int textTop() {
        return glyph == null ? paddingY() : glyphTop() + glyph.getIconHeight() + theme.px(12);
    }

    private int paddingX() {
        return theme.px(20);
    }

    /** Small: the fonts' own line spacing already keeps text off the edges. */
    private int paddingY() {
        return theme.px(6);
    }

    private static final class Fit {
        final Font font;
        final boolean fits;

        Fit(Font font, boolean fits) {
            this.font = font;
            this.fits = fits;
        }
    }
}
