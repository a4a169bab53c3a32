package cn.remotewindow.kiosk.screen.swing;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

/** Stand-ins for camera pictures and a shared screen, drawn in code, for screenshots and tests. */
final class SyntheticVideo {

    private SyntheticVideo() {
    }

    /** A person in front of a wall: the expert (blue jacket) or the citizen (brown coat). */
    static BufferedImage person(int width, int height, Color wall, Color clothes) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, wall.brighter(), 0, height, wall.darker()));
            g.fillRect(0, 0, width, height);
            double cx = width / 2.0;
            double head = height * 0.34;
            g.setColor(clothes);
            g.fill(new RoundRectangle2D.Double(cx - height * 0.42, height * 0.66, height * 0.84, height * 0.6,
                    height * 0.3, height * 0.3));
            g.setColor(new Color(0xE0B899));
            g.fill(new Ellipse2D.Double(cx - head / 2, height * 0.24, head, head * 1.15));
            g.setColor(new Color(0x2B2B2B));
            g.fill(new Ellipse2D.Double(cx - head / 2, height * 0.2, head, head * 0.45));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** An application form as an expert would share it. */
    static BufferedImage form(int width, int height, String fontFamily) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(0xEEF1F5));
            g.fillRect(0, 0, width, height);
            g.setColor(Color.WHITE);
            g.fillRect(width / 10, height / 14, width * 8 / 10, height * 12 / 14);
            g.setColor(new Color(0x1A1A1A));
            g.setFont(new Font(fontFamily, Font.BOLD, height / 18));
            g.drawString("不动产登记申请表", width / 10 + width / 20, height / 14 + height / 10);
            g.setFont(new Font(fontFamily, Font.PLAIN, height / 30));
            g.setStroke(new BasicStroke(2));
            String[] fields = {"申请人姓名", "身份证号码", "不动产坐落", "不动产单元号", "登记原因", "联系电话"};
            for (int i = 0; i < fields.length; i++) {
                int y = height / 14 + height / 5 + i * height / 10;
                g.drawString(fields[i], width / 10 + width / 20, y);
                g.drawLine(width / 10 + width / 4, y + 6, width * 9 / 10 - width / 20, y + 6);
            }
            g.setColor(new Color(0xD93025));
            g.setStroke(new BasicStroke(5));
            g.drawOval(width / 10 + width / 4 - 20, height / 14 + height / 5 + height / 10 - height / 20,
                    width / 3, height / 14);
        } finally {
            g.dispose();
        }
        return image;
    }
}
