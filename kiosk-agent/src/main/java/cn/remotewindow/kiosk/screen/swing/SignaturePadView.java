package cn.remotewindow.kiosk.screen.swing;

import cn.remotewindow.kiosk.screen.Signature;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JComponent;

/**
 * The signature pad: a white field with a base line, drawn on with a finger (touch arrives as
 * mouse events) or the mouse. Each finished stroke goes to the screen model, which keeps the
 * signature; the stroke being drawn is painted here until the finger lifts.
 */
final class SignaturePadView extends JComponent {

    private final Theme theme;
    private final Consumer<List<Point2D.Float>> strokeDone;
    private Signature signature = Signature.EMPTY;
    private List<Point2D.Float> drawing;
    private boolean enabled;

    SignaturePadView(Theme theme, Consumer<List<Point2D.Float>> strokeDone) {
        this.theme = theme;
        this.strokeDone = strokeDone;
        setName("sign.pad.area");
        MouseAdapter mouse = new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                if (enabled) {
                    drawing = new ArrayList<>();
                    add(e);
                }
            }

            @Override
            public void mouseDragged(MouseEvent e) {
                if (drawing != null) {
                    add(e);
                }
            }

            @Override
            public void mouseReleased(MouseEvent e) {
                if (drawing != null) {
                    add(e);
                    List<Point2D.Float> done = drawing;
                    drawing = null;
                    strokeDone.accept(done);
                }
            }
        };
        addMouseListener(mouse);
        addMouseMotionListener(mouse);
    }

    private void add(MouseEvent e) {
        float x = Math.max(0f, Math.min(1f, e.getX() / (float) Math.max(1, getWidth())));
        float y = Math.max(0f, Math.min(1f, e.getY() / (float) Math.max(1, getHeight())));
        drawing.add(new Point2D.Float(x, y));
        repaint();
    }

    /** What the model holds now; {@code takesStrokes} false once the citizen has confirmed. */
    void show(Signature shown, boolean takesStrokes) {
        signature = shown;
        enabled = takesStrokes;
        if (!takesStrokes) {
            drawing = null;
        }
        repaint();
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setColor(Color.WHITE);
            g2.fillRect(0, 0, getWidth(), getHeight());
            g2.setColor(Theme.PRIMARY);
            g2.setStroke(new BasicStroke(theme.px(3)));
            g2.drawRect(1, 1, getWidth() - 3, getHeight() - 3);
            // A base line to sign on, as on paper.
            g2.setColor(Theme.TEXT_QUIET);
            g2.setStroke(new BasicStroke(theme.px(2), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                    new float[] {theme.px(10), theme.px(8)}, 0f));
            int base = getHeight() * 3 / 4;
            g2.draw(new Line2D.Float(theme.px(30), base, getWidth() - theme.px(30), base));
            float width = Math.max(3f, theme.px(5));
            signature.draw(g2, getWidth(), getHeight(), width, Theme.TEXT);
            if (drawing != null && !drawing.isEmpty()) {
                new Signature(List.of(drawing)).draw(g2, getWidth(), getHeight(), width, Theme.TEXT);
            }
        } finally {
            g2.dispose();
        }
    }
}
