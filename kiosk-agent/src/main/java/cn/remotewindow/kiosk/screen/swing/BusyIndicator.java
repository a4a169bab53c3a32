package cn.remotewindow.kiosk.screen.swing;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.event.HierarchyEvent;
import javax.swing.JComponent;
import javax.swing.Timer;

/**
 * A ring of dots chasing round: "still working, not frozen". Animates only while it is on screen,
 * so a kiosk idling on another screen spends no CPU on it.
 */
final class BusyIndicator extends JComponent {

    private static final int DOTS = 12;
    private static final int FRAME_MILLIS = 90;

    private final int size;
    private final Timer timer;
    private int step;

    BusyIndicator(String name, int size) {
        this.size = size;
        setName(name);
        timer = new Timer(FRAME_MILLIS, e -> {
            step = (step + 1) % DOTS;
            repaint();
        });
        addHierarchyListener(e -> {
            if ((e.getChangeFlags() & HierarchyEvent.SHOWING_CHANGED) != 0) {
                if (isShowing()) {
                    timer.start();
                } else {
                    timer.stop();
                }
            }
        });
    }

    boolean isAnimating() {
        return timer.isRunning();
    }

    @Override
    public Dimension getPreferredSize() {
        return new Dimension(size, size);
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            int diameter = Math.min(getWidth(), getHeight());
            double radius = diameter * 0.38;
            double dot = diameter * 0.12;
            double cx = getWidth() / 2.0;
            double cy = getHeight() / 2.0;
            for (int i = 0; i < DOTS; i++) {
                // The head of the chase is darkest; the tail fades but stays visible.
                int age = (step - i + DOTS) % DOTS;
                float alpha = Math.max(0.18f, 1f - age / (float) DOTS);
                g2.setColor(new Color(Theme.PRIMARY.getRed(), Theme.PRIMARY.getGreen(), Theme.PRIMARY.getBlue(),
                        Math.round(alpha * 255)));
                double angle = 2 * Math.PI * i / DOTS - Math.PI / 2;
                double x = cx + radius * Math.cos(angle) - dot / 2;
                double y = cy + radius * Math.sin(angle) - dot / 2;
                g2.fill(new Ellipse2D.Double(x, y, dot, dot));
            }
        } finally {
            g2.dispose();
        }
    }
}
