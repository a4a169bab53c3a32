package cn.remotewindow.kiosk.screen.swing;

import static cn.remotewindow.kiosk.screen.ControlNames.*;

import cn.remotewindow.kiosk.screen.CaseFilePanel;
import cn.remotewindow.kiosk.screen.DocumentStep;
import cn.remotewindow.kiosk.screen.ScreenContent;
import java.awt.Component;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Point2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JPanel;

/**
 * The case file in the call's large place, as a white card: a document picture (what to place, the
 * expert's words, the live picture or the still large, the buttons in one row at the bottom), or
 * the closing summary (one line per fact, the signature pad, 清除 and 确认签字). The pictures take
 * what height the words leave.
 */
final class CaseFileView extends JPanel {

    private final Theme theme;
    private final KioskLabel heading;
    private final KioskLabel note;
    private final KioskLabel hint;
    private final VideoPanel preview;
    private final VideoPanel still;
    private final List<KioskLabel> summary;
    private final KioskLabel signHint;
    private final SignaturePadView pad;
    private final KioskLabel status;
    private final ButtonStrip buttons;
    private Consumer<List<Point2D.Float>> strokes = stroke -> { };

    CaseFileView(Widgets widgets) {
        super(new ColumnLayout(widgets.theme().px(12), false));
        theme = widgets.theme();
        setName("casefile.panel");
        setOpaque(false);
        setBorder(BorderFactory.createEmptyBorder(theme.px(16), theme.px(28), theme.px(16), theme.px(28)));
        heading = widgets.label(DOC_HEADING, theme.heading(), Theme.TEXT, true);
        note = widgets.label(DOC_NOTE, theme.body().deriveFont(Font.BOLD), Theme.PRIMARY, true);
        hint = widgets.label(DOC_HINT, theme.body(), Theme.TEXT_QUIET, true);
        preview = new VideoPanel(DOC_PREVIEW, false, theme.small());
        still = new VideoPanel(DOC_STILL, false, theme.small());
        summary = List.of(
                widgets.label(SUM_HEADING, theme.message(), Theme.GREEN, false),
                widgets.label(SUM_ITEM, theme.small(), Theme.TEXT, false),
                widgets.label(SUM_CASE, theme.small(), Theme.TEXT, false),
                widgets.label(SUM_REASON, theme.small(), Theme.TEXT, false),
                widgets.label(SUM_RECEIVED, theme.small(), Theme.TEXT, false),
                widgets.label(SUM_MISSING, theme.small().deriveFont(Font.BOLD), Theme.DANGER, false),
                widgets.label(SUM_DUE, theme.small(), Theme.TEXT, false),
                widgets.label(SUM_DELIVERY, theme.small(), Theme.TEXT, false));
        signHint = widgets.label(SIGN_HINT, theme.small().deriveFont(Font.BOLD), Theme.PRIMARY, false);
        pad = new SignaturePadView(theme, stroke -> strokes.accept(stroke));
        status = widgets.label(SIGN_STATUS, theme.heading(), Theme.PRIMARY, true);
        buttons = new ButtonStrip(theme.gap(),
                widgets.button(DOC_TAKE, KioskButton.Style.PRIMARY),
                widgets.button(DOC_RETAKE, KioskButton.Style.SECONDARY),
                widgets.button(DOC_SEND, KioskButton.Style.PRIMARY),
                widgets.button(DOC_RETRY, KioskButton.Style.PRIMARY),
                widgets.button(DOC_CANCEL, KioskButton.Style.SECONDARY),
                widgets.button(SIGN_START, KioskButton.Style.PRIMARY),
                widgets.button(SIGN_BACK, KioskButton.Style.SECONDARY),
                widgets.button(SIGN_CLEAR, KioskButton.Style.SECONDARY),
                widgets.button(SIGN_CONFIRM, KioskButton.Style.PRIMARY),
                widgets.button(SIGN_RETRY, KioskButton.Style.PRIMARY));
        add(heading, ColumnLayout.Cell.FULL);
        add(note, ColumnLayout.Cell.FULL);
        add(hint, ColumnLayout.Cell.FULL);
        add(preview, ColumnLayout.Cell.GROW);
        add(still, ColumnLayout.Cell.GROW);
        summary.forEach(line -> add(line, ColumnLayout.Cell.FULL));
        add(signHint, ColumnLayout.Cell.FULL);
        add(pad, ColumnLayout.Cell.GROW);
        add(status, ColumnLayout.Cell.FULL);
        add(buttons, ColumnLayout.Cell.FULL);
    }

    VideoPanel preview() {
        return preview;
    }

    VideoPanel still() {
        return still;
    }

    /** Where the finished strokes of the pad go (the screen model). */
    void onStroke(Consumer<List<Point2D.Float>> target) {
        strokes = target;
    }

    /** Shows this panel; hidden when there is none. */
    void render(CaseFilePanel panel, ScreenContent content) {
        setVisible(panel != null);
        if (panel == null) {
            return;
        }
        Widgets.bind(heading, content);
        Widgets.bind(note, content);
        Widgets.bind(hint, content);
        heading.setForeground(panel instanceof CaseFilePanel.Document document
                && document.step() == DocumentStep.RECEIVED ? Theme.GREEN
                : panel instanceof CaseFilePanel.Document rejected && rejected.step() == DocumentStep.REJECTED
                        ? Theme.DANGER : Theme.TEXT);
        preview.setVisible(content.text(DOC_PREVIEW) != null);
        preview.setCaption(content.text(DOC_PREVIEW));
        still.setVisible(content.text(DOC_STILL) != null);
        still.setCaption(content.text(DOC_STILL));
        summary.forEach(line -> Widgets.bind(line, content));
        String outcome = panel instanceof CaseFilePanel.Closing closing ? closing.summary().outcome() : "";
        summary.get(0).setForeground("REJECTED".equals(outcome) ? Theme.DANGER
                : "TRANSFERRED".equals(outcome) ? Theme.PRIMARY : Theme.GREEN);
        Widgets.bind(signHint, content);
        boolean padShown = panel instanceof CaseFilePanel.Closing closing
                && closing.step() != CaseFilePanel.ClosingStep.READING;
        pad.setVisible(padShown);
        if (panel instanceof CaseFilePanel.Closing closing) {
            pad.show(closing.signature(), content.canPress(SIGN_CLEAR));
        }
        Widgets.bind(status, content);
        for (Component button : buttons.getComponents()) {
            Widgets.bind((KioskButton) button, content);
        }
        buttons.setVisible(buttons.shown() > 0);
        revalidate();
        repaint();
    }

    /** The summary's facts at body size when they fit, else at the 28 px floor (English, many materials). */
    @Override
    public void doLayout() {
        fonts(false);
        ColumnLayout layout = (ColumnLayout) getLayout();
        if (layout.heightFor(this, getWidth()) > getHeight()) {
            fonts(true);
        }
        super.doLayout();
    }

    private void fonts(boolean compact) {
        Font lines = compact ? theme.small() : theme.body();
        for (KioskLabel line : summary.subList(1, summary.size())) {
            Font font = line.getName().equals(SUM_MISSING) ? lines.deriveFont(Font.BOLD) : lines;
            if (!line.getFont().equals(font)) {
                line.setFont(font);
            }
        }
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setColor(Theme.BACKGROUND);
            g2.fill(new RoundRectangle2D.Float(0, 0, getWidth(), getHeight(), theme.corner(), theme.corner()));
        } finally {
            g2.dispose();
        }
    }

    /** Buttons side by side, the visible ones sharing the width equally. */
    private static final class ButtonStrip extends JPanel implements HeightForWidth {
        private final int gap;

        ButtonStrip(int gap, KioskButton... buttons) {
            super(null);
            this.gap = gap;
            setOpaque(false);
            for (KioskButton button : buttons) {
                add(button);
            }
        }

        int shown() {
            int shown = 0;
            for (Component child : getComponents()) {
                shown += child.isVisible() ? 1 : 0;
            }
            return shown;
        }

        private int cellWidth(int width) {
            int shown = Math.max(1, shown());
            return (width - gap * (shown - 1)) / shown;
        }

        @Override
        public void doLayout() {
            int cell = cellWidth(getWidth());
            int x = 0;
            for (Component child : getComponents()) {
                if (child.isVisible()) {
                    child.setBounds(x, 0, cell, getHeight());
                    x += cell + gap;
                }
            }
            KioskButton.shareTextSize(java.util.Arrays.stream(getComponents()).filter(Component::isVisible).toList());
        }

        @Override
        public int heightFor(int width) {
            int cell = cellWidth(width);
            int height = 0;
            for (Component child : getComponents()) {
                if (child.isVisible()) {
                    height = Math.max(height, ((KioskButton) child).heightFor(cell));
                }
            }
            return height;
        }

        @Override
        public boolean textFits() {
            for (Component child : getComponents()) {
                if (child.isVisible() && !((KioskButton) child).textFits()) {
                    return false;
                }
            }
            return true;
        }
    }
}
