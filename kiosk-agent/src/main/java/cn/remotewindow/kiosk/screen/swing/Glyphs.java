package cn.remotewindow.kiosk.screen.swing;

import cn.remotewindow.kiosk.screen.Rating;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.RoundRectangle2D;
import javax.swing.Icon;

/**
 * Pictures drawn in code: they scale to any screen and need no emoji font on the kiosk image.
 * Faces make the five ratings readable without reading; a warning sign marks the error screen;
 * an eye on a screen goes with the notice that the expert sees the kiosk's screen; a head with an
 * arrow shows each motion of the identity check, a card over a reader where the card goes.
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

    /** A green disc with a white tick: "passed". */
    static Icon tick(int size) {
        return new DrawnIcon(size) {
            @Override
            void draw(Graphics2D g, double s) {
                g.setColor(Theme.GREEN);
                g.fill(new Ellipse2D.Double(0, 0, s, s));
                g.setColor(Color.WHITE);
                g.setStroke(new BasicStroke((float) (s * 0.11), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                Path2D check = new Path2D.Double();
                check.moveTo(s * 0.27, s * 0.52);
                check.lineTo(s * 0.44, s * 0.69);
                check.lineTo(s * 0.75, s * 0.34);
                g.draw(check);
            }
        };
    }

    /** An ID card coming down onto the reader, an arrow showing where: "place your card here". */
    static Icon cardOnReader(int size) {
        return new DrawnIcon(size) {
            @Override
            void draw(Graphics2D g, double s) {
                g.setColor(new Color(0x3C4043));
                g.fill(new RoundRectangle2D.Double(s * 0.04, s * 0.72, s * 0.92, s * 0.2, s * 0.06, s * 0.06));
                g.setColor(Theme.GREEN_TINT);
                g.fill(new RoundRectangle2D.Double(s * 0.22, s * 0.76, s * 0.56, s * 0.07, s * 0.03, s * 0.03));
                double w = s * 0.62;
                double h = w * 0.63;
                double left = (s - w) / 2;
                double top = s * 0.04;
                var card = new RoundRectangle2D.Double(left, top, w, h, s * 0.05, s * 0.05);
                g.setColor(new Color(0xDCEBFA));
                g.fill(card);
                g.setColor(new Color(0x1A1A1A));
                g.setStroke(new BasicStroke((float) (s * 0.025), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(card);
                g.setColor(new Color(0x5F6B7A));
                g.fill(new RoundRectangle2D.Double(left + w * 0.64, top + h * 0.18, w * 0.24, h * 0.6, s * 0.02, s * 0.02));
                g.setColor(new Color(0x1A1A1A));
                for (int line = 0; line < 3; line++) {
                    double y = top + h * (0.3 + line * 0.2);
                    g.draw(new Line2D.Double(left + w * 0.1, y, left + w * (line == 2 ? 0.36 : 0.5), y));
                }
                g.setColor(Theme.PRIMARY);
                g.setStroke(new BasicStroke((float) (s * 0.05), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                double arrowTop = top + h + s * 0.03;
                double arrowBottom = s * 0.68;
                g.draw(new Line2D.Double(s / 2, arrowTop, s / 2, arrowBottom));
                g.draw(new Line2D.Double(s / 2 - s * 0.07, arrowBottom - s * 0.07, s / 2, arrowBottom));
                g.draw(new Line2D.Double(s / 2 + s * 0.07, arrowBottom - s * 0.07, s / 2, arrowBottom));
            }
        };
    }

    /** Which way a head prompt points, on the screen as the citizen faces it. */
    enum HeadMotion {
        /** Looking straight out of the screen. */
        FRONT,
        /** Turned to the screen's left, which is the citizen's own left. */
        LEFT,
        /** Turned to the screen's right. */
        RIGHT,
        /** Down, then up again. */
        NOD
    }

    /**
     * A head and a large arrow: the motion the citizen is asked for. Left and right are the screen's
     * sides as the citizen faces it (their own left is the screen's left), like the mirrored self-view.
     */
    static Icon head(HeadMotion motion, int size) {
        return new DrawnIcon(size) {
            @Override
            void draw(Graphics2D g, double s) {
                double headSize = s * 0.46;
                // The head moves aside to leave the arrow its room.
                double cx = switch (motion) {
                    case LEFT -> s * 0.62;
                    case RIGHT -> s * 0.38;
                    case NOD -> s * 0.36;
                    case FRONT -> s / 2;
                };
                double cy = s * 0.5;
                double eyeShift = motion == HeadMotion.LEFT ? -0.12 : motion == HeadMotion.RIGHT ? 0.12 : 0;
                double eyeDrop = motion == HeadMotion.NOD ? 0.08 : 0;
                g.setColor(new Color(0xE0B894));
                g.fill(new Ellipse2D.Double(cx - headSize / 2, cy - headSize / 2, headSize, headSize * 1.12));
                g.setColor(new Color(0x3C2A1E));
                // Hair: the top of the head.
                g.fill(new Arc2D.Double(cx - headSize / 2, cy - headSize / 2, headSize, headSize * 0.8, 0, 180,
                        Arc2D.CHORD));
                g.setColor(new Color(0x1A1A1A));
                double eye = headSize * 0.11;
                for (double side : new double[] {-0.18, 0.18}) {
                    double ex = cx + (side + eyeShift) * headSize;
                    double ey = cy + (0.05 + eyeDrop) * headSize;
                    g.fill(new Ellipse2D.Double(ex - eye / 2, ey - eye / 2, eye, eye));
                }
                g.setStroke(new BasicStroke((float) (s * 0.02), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                double mouthY = cy + (0.32 + eyeDrop) * headSize;
                double mx = cx + eyeShift * headSize;
                g.draw(new QuadCurve2D.Double(mx - headSize * 0.14, mouthY, mx, mouthY + headSize * 0.06,
                        mx + headSize * 0.14, mouthY));
                g.setColor(Theme.PRIMARY);
                g.setStroke(new BasicStroke((float) (s * 0.075), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                switch (motion) {
                    case LEFT -> arrow(g, s * 0.34, s * 0.04, cy, s);
                    case RIGHT -> arrow(g, s * 0.66, s * 0.96, cy, s);
                    case NOD -> {
                        double x = s * 0.78;
                        g.draw(new Line2D.Double(x, s * 0.2, x, s * 0.8));
                        head(g, x, s * 0.8, 1, s);
                        head(g, x, s * 0.2, -1, s);
                    }
                    case FRONT -> {
                        // Corners of a frame around the face: "in the picture, straight on".
                        double m = s * 0.14;
                        double l = s * 0.16;
                        for (double[] c : new double[][] {{m, m, 1, 1}, {s - m, m, -1, 1}, {m, s - m, 1, -1},
                                {s - m, s - m, -1, -1}}) {
                            g.draw(new Line2D.Double(c[0], c[1], c[0] + c[2] * l, c[1]));
                            g.draw(new Line2D.Double(c[0], c[1], c[0], c[1] + c[3] * l));
                        }
                    }
                }
            }

            private void arrow(Graphics2D g, double fromX, double toX, double y, double s) {
                g.draw(new Line2D.Double(fromX, y, toX, y));
                double direction = Math.signum(toX - fromX);
                double head = s * 0.11;
                g.draw(new Line2D.Double(toX, y, toX - direction * head, y - head));
                g.draw(new Line2D.Double(toX, y, toX - direction * head, y + head));
            }

            /** An arrow head at (x, y) pointing down (1) or up (-1). */
            private void head(Graphics2D g, double x, double y, int down, double s) {
                double head = s * 0.09;
                g.draw(new Line2D.Double(x, y, x - head, y - down * head));
                g.draw(new Line2D.Double(x, y, x + head, y - down * head));
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
