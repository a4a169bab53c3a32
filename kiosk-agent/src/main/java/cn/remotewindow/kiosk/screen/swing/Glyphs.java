package cn.remotewindow.kiosk.screen.swing;

import cn.remotewindow.kiosk.screen.Rating;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.RoundRectangle2D;
import javax.swing.Icon;

/**
 * Pictures drawn in code: they scale to any screen and need no emoji font on the kiosk image.
 * Faces make the five ratings readable without reading; a warning sign marks the error screen;
 * an eye on a screen goes with the notice that the expert sees the kiosk's screen.
 */
final class Glyphs {

    private Glyphs() {
    }

    /** A face from broad smile (very satisfied) to deep frown (very dissatisfied). */
    static Icon face(Rating rating, int size) {
        return new DrawnIcon(size) {
            @Override
            void draw(Graphics2D g, double s) {
                g.setColor(faceColour(rating));
                g.fill(new Ellipse2D.Double(0, 0, s, s));
                g.setColor(new Color(0x1A1A1A));
                g.setStroke(new BasicStroke((float) (s * 0.07), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                double eye = s * 0.11;
                g.fill(new Ellipse2D.Double(s * 0.31 - eye / 2, s * 0.36 - eye / 2, eye, eye));
                g.fill(new Ellipse2D.Double(s * 0.69 - eye / 2, s * 0.36 - eye / 2, eye, eye));
                // 5 -> +1 (smile) ... 1 -> -1 (frown); the mouth's middle moves accordingly.
                double curve = (rating.score() - 3) / 2.0;
                double mouthY = s * 0.66 - curve * s * 0.04;
                g.draw(new QuadCurve2D.Double(s * 0.28, mouthY, s * 0.5, mouthY + curve * s * 0.22, s * 0.72, mouthY));
            }
        };
    }

    /** A triangle with an exclamation mark. */
    static Icon warning(int size) {
        return new DrawnIcon(size) {
            @Override
            void draw(Graphics2D g, double s) {
                Path2D triangle = new Path2D.Double();
                triangle.moveTo(s / 2, s * 0.04);
                triangle.lineTo(s * 0.98, s * 0.92);
                triangle.lineTo(s * 0.02, s * 0.92);
                triangle.closePath();
                g.setColor(Theme.WARNING);
                g.fill(triangle);
                g.setColor(new Color(0x1A1A1A));
                g.setStroke(new BasicStroke((float) (s * 0.05), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(triangle);
                g.setStroke(new BasicStroke((float) (s * 0.09), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(new Line2D.Double(s / 2, s * 0.36, s / 2, s * 0.62));
                double dot = s * 0.1;
                g.fill(new Ellipse2D.Double(s / 2 - dot / 2, s * 0.74, dot, dot));
            }
        };
    }

    /** A resident ID card (二代身份证): photo on the right, lines of text on the left. */
    static Icon idCard(int size) {
        return new DrawnIcon(size) {
            @Override
            void draw(Graphics2D g, double s) {
                double w = s;
                double h = s * 0.63;
                double top = (s - h) / 2;
                var card = new RoundRectangle2D.Double(s * 0.02, top, w * 0.96, h, s * 0.08, s * 0.08);
                g.setColor(new Color(0xDCEBFA));
                g.fill(card);
                g.setColor(new Color(0x1A1A1A));
                g.setStroke(new BasicStroke((float) (s * 0.035), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(card);
                g.setColor(new Color(0x5F6B7A));
                g.fill(new RoundRectangle2D.Double(s * 0.64, top + h * 0.18, s * 0.24, h * 0.6,
                        s * 0.04, s * 0.04));
                g.setColor(new Color(0x1A1A1A));
                g.setStroke(new BasicStroke((float) (s * 0.045), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                for (int line = 0; line < 3; line++) {
                    double y = top + h * (0.3 + line * 0.2);
                    g.draw(new Line2D.Double(s * 0.14, y, s * (line == 2 ? 0.42 : 0.52), y));
                }
            }
        };
    }

    /** A screen on its stand with an open eye on it: "someone sees this screen". */
    static Icon watchedScreen(int size, Color colour) {
        return new DrawnIcon(size) {
            @Override
            void draw(Graphics2D g, double s) {
                g.setColor(colour);
                g.setStroke(new BasicStroke((float) (s * 0.07), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(new RoundRectangle2D.Double(s * 0.05, s * 0.1, s * 0.9, s * 0.62, s * 0.1, s * 0.1));
                g.draw(new Line2D.Double(s / 2, s * 0.72, s / 2, s * 0.86));
                g.draw(new Line2D.Double(s * 0.3, s * 0.88, s * 0.7, s * 0.88));
                Path2D eye = new Path2D.Double();
                eye.moveTo(s * 0.22, s * 0.41);
                eye.quadTo(s / 2, s * 0.16, s * 0.78, s * 0.41);
                eye.quadTo(s / 2, s * 0.66, s * 0.22, s * 0.41);
                eye.closePath();
                g.setStroke(new BasicStroke((float) (s * 0.055), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(eye);
                double pupil = s * 0.15;
                g.fill(new Ellipse2D.Double(s / 2 - pupil / 2, s * 0.41 - pupil / 2, pupil, pupil));
            }
        };
    }

    private static Color faceColour(Rating rating) {
        switch (rating) {
            case VERY_SATISFIED:
                return new Color(0x34A853);
            case SATISFIED:
                return new Color(0x8BC34A);
            case BASICALLY_SATISFIED:
                return new Color(0xFBC02D);
            case DISSATISFIED:
                return new Color(0xFB8C00);
            default:
                return new Color(0xE53935);
        }
    }

    private abstract static class DrawnIcon implements Icon {
        private final int size;

        DrawnIcon(int size) {
            this.size = size;
        }

        abstract void draw(Graphics2D g, double size);

        @Override
        public void paintIcon(Component c, Graphics g, int x, int y) {
            Graphics2D g2 = (Graphics2D) g.create();
            try {
                g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
                g2.translate(x, y);
                draw(g2, size);
            } finally {
                g2.dispose();
            }
        }

        @Override
        public int getIconWidth() {
            return size;
        }

        @Override
        public int getIconHeight() {
            return size;
        }
    }
}
