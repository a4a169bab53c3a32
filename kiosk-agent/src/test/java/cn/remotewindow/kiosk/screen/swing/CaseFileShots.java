package cn.remotewindow.kiosk.screen.swing;

import cn.remotewindow.kiosk.screen.CaseFilePanel;
import cn.remotewindow.kiosk.screen.CaseSummary;
import cn.remotewindow.kiosk.screen.Name;
import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.event.InputEvent;
import java.awt.event.MouseEvent;
import java.awt.image.BufferedImage;
import java.util.List;

/** What the screenshot tour shows of the case file: a document, a summary, a signature drawn by "hand". */
final class CaseFileShots {

    private CaseFileShots() {
    }

    static CaseFilePanel.Document document() {
        return CaseFilePanel.Document.asked(new Name("户口簿首页", "household register, first page"),
                "请拍摄户口簿首页，整页放平", "张伟");
    }

    static CaseSummary summary() {
        return new CaseSummary("ACCEPTED_PENDING_DOCUMENTS", "410702-2026-000123",
                new Name("户籍迁移", "Household registration transfer"), null,
                List.of(new CaseSummary.Material(new Name("居民身份证", "Resident ID card"), "RECEIVED", null),
                        new CaseSummary.Material(new Name("户口簿", "Household register"), "RECEIVED", null),
                        new CaseSummary.Material(new Name("结婚证", "Marriage certificate"), "PROMISED", "2026-12-14")),
                5, "2026-12-14", new CaseSummary.Delivery("PICK_UP", "红旗区政务服务中心 3号窗口"), "张伟");
    }

    /** A page of a household register, drawn: a red title band and lines of text. */
    static BufferedImage page(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x5A5F66));
        g.fillRect(0, 0, width, height);
        int px = width / 8;
        int py = height / 10;
        g.setColor(new Color(0xF6F1E4));
        g.fillRect(px, py, width - 2 * px, height - 2 * py);
        g.setColor(new Color(0x9C1F1F));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, height / 14));
        g.drawString("常住人口登记卡", px + width / 12, py + height / 8);
        g.setColor(new Color(0x333333));
        for (int y = py + height / 5; y < height - py - 20; y += height / 16) {
            g.fillRect(px + width / 14, y, (width - 2 * px) * 3 / 4, Math.max(3, height / 90));
        }
        g.dispose();
        return image;
    }

    /** Draws a signature on the pad with mouse events, as a finger would (on the event thread). */
    static void sign(Component root) {
        Component pad = find(root, "sign.pad.area");
        if (pad == null || !pad.isShowing()) {
            throw new IllegalStateException("no signature pad on the screen");
        }
        int w = pad.getWidth();
        int h = pad.getHeight();
        stroke(pad, new double[][] {{0.12, 0.62}, {0.18, 0.35}, {0.22, 0.70}, {0.28, 0.40}, {0.33, 0.66}});
        stroke(pad, new double[][] {{0.40, 0.45}, {0.48, 0.45}, {0.44, 0.30}, {0.44, 0.72}, {0.52, 0.60}});
        stroke(pad, new double[][] {{0.58, 0.50}, {0.66, 0.36}, {0.72, 0.68}, {0.80, 0.42}, {0.88, 0.60}});
        if (w <= 0 || h <= 0) {
            throw new IllegalStateException("the pad has no size");
        }
    }

    private static void stroke(Component pad, double[][] points) {
        int w = pad.getWidth();
        int h = pad.getHeight();
        long when = System.currentTimeMillis();
        dispatch(pad, MouseEvent.MOUSE_PRESSED, (int) (points[0][0] * w), (int) (points[0][1] * h), when);
        for (int i = 1; i < points.length; i++) {
            for (int step = 1; step <= 8; step++) {
                double t = step / 8.0;
                double x = points[i - 1][0] + (points[i][0] - points[i - 1][0]) * t;
                double y = points[i - 1][1] + (points[i][1] - points[i - 1][1]) * t;
                dispatch(pad, MouseEvent.MOUSE_DRAGGED, (int) (x * w), (int) (y * h), when);
            }
        }
        double[] last = points[points.length - 1];
        dispatch(pad, MouseEvent.MOUSE_RELEASED, (int) (last[0] * w), (int) (last[1] * h), when);
    }

    private static void dispatch(Component pad, int id, int x, int y, long when) {
        pad.dispatchEvent(new MouseEvent(pad, id, when, InputEvent.BUTTON1_DOWN_MASK, x, y, 1, false,
                MouseEvent.BUTTON1));
    }

    private static Component find(Component component, String name) {
        if (name.equals(component.getName())) {
            return component;
        }
        if (component instanceof Container container) {
            for (Component child : container.getComponents()) {
                Component found = find(child, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
