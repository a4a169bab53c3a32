package cn.remotewindow.kiosk.screen.swing;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import javax.swing.Icon;
import javax.swing.JLabel;
import javax.swing.JPanel;

/**
 * A band with rounded corners holding a picture and a text beside it, centred as one: the notice
 * that the expert sees the kiosk's screen. It shows while its text does.
 */
final class NoticeStrip extends JPanel implements HeightForWidth {

    private final JLabel picture;
    private final KioskLabel text;
    private final int paddingX;
    private final int paddingY;
    private final int gap;
    private final int corner;

    NoticeStrip(String name, Icon icon, KioskLabel text, Color background, int paddingX, int paddingY, int gap,
            int corner) {
        super(null);
        this.picture = new JLabel(icon);
        this.text = text;
        this.paddingX = paddingX;
        this.paddingY = paddingY;
        this.gap = gap;
        this.corner = corner;
        setName(name);
        setOpaque(false);
        setBackground(background);
        picture.setName(name + ".picture");
        add(picture);
        add(text);
    }

    /** Shows or hides the band with its text. */
    void follow() {
        setVisible(text.isVisible());
    }

    @Override
    public int heightFor(int width) {
        return Math.max(iconSize(), text.heightFor(textWidth(width))) + 2 * paddingY;
    }

    @Override
    public boolean textFits() {
        return text.textFits();
    }

    @Override
    public Dimension getPreferredSize() {
        int width = (int) Math.ceil(WrappedText.naturalWidth(text.getText(), text.getFont())) + iconSize() + gap
                + 2 * paddingX;
        return new Dimension(width, heightFor(width));
    }

    @Override
    public void doLayout() {
        int size = iconSize();
        int textWidth = textWidth(getWidth());
        int inner = getHeight() - 2 * paddingY;
        int left = (getWidth() - size - gap - textWidth) / 2;
        picture.setBounds(left, paddingY + (inner - size) / 2, size, size);
        text.setBounds(left + size + gap, paddingY, textWidth, inner);
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setColor(getBackground());
            g2.fill(new RoundRectangle2D.Float(0, 0, getWidth(), getHeight(), corner, corner));
        } finally {
            g2.dispose();
        }
    }

    /** The text's natural width, or what is left beside the picture when that is less. */
    private int textWidth(int width) {
        int natural = (int) Math.ceil(WrappedText.naturalWidth(text.getText(), text.getFont()));
        return Math.max(0, Math.min(natural + 1, width - 2 * paddingX - iconSize() - gap));
    }

    private int iconSize() {
        return picture.getIcon().getIconHeight();
    }
}
