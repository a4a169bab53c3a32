package cn.remotewindow.kiosk.screen.swing;

import static cn.remotewindow.kiosk.screen.ControlNames.*;

import cn.remotewindow.kiosk.screen.ScreenContent;
import cn.remotewindow.kiosk.screen.VerifyAdvice;
import cn.remotewindow.kiosk.screen.VerifyNote;
import cn.remotewindow.kiosk.screen.VerifyPanel;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.Icon;
import javax.swing.JLabel;
import javax.swing.JPanel;

/**
 * A step of the identity check in the call's large place: a white card with one picture, one large
 * line, a few plain ones and at most two buttons. The consent lines are left-aligned, one fact each;
 * everything else is centred. The prompts of the head motions are the largest text on the screen.
 */
final class VerifyView extends JPanel {

    private final Theme theme;
    private final JLabel picture;
    private final BusyIndicator busy;
    private final KioskLabel step;
    private final KioskLabel heading;
    private final List<KioskLabel> consent = new ArrayList<>();
    private final JPanel consentBlock;
    private final List<KioskLabel> advice = new ArrayList<>();
    private final KioskLabel hint;
    private final KioskButton agree;
    private final KioskButton refuse;
    private final ButtonRow answers;
    private final KioskButton cancel;
    private Font headingFont;

    VerifyView(Widgets widgets) {
        super(new ColumnLayout(widgets.theme().px(14), true));
        theme = widgets.theme();
        setName("verify.panel");
        setOpaque(false);
        setBorder(BorderFactory.createEmptyBorder(theme.px(16), theme.px(36), theme.px(16), theme.px(36)));
        picture = new JLabel();
        picture.setName("verify.picture");
        picture.setHorizontalAlignment(JLabel.CENTER);
        busy = new BusyIndicator("verify.busy", theme.px(110));
        step = widgets.label(VERIFY_STEP, theme.small(), Theme.TEXT_QUIET, true);
        heading = widgets.label(VERIFY_HEADING, theme.heading(), Theme.TEXT, true);
        headingFont = theme.heading();
        for (String name : List.of(VERIFY_CONSENT_WHAT, VERIFY_CONSENT_WHY, VERIFY_CONSENT_KEEP,
                VERIFY_CONSENT_ALTERNATIVE)) {
            KioskLabel line = widgets.label(name, theme.body(), Theme.TEXT, false);
            line.setBorder(BorderFactory.createEmptyBorder(0, theme.px(30), 0, 0));
            consent.add(line);
        }
        for (VerifyAdvice item : VerifyAdvice.values()) {
            advice.add(widgets.label(VERIFY_ADVICE + item.name(), theme.body().deriveFont(Font.BOLD), Theme.TEXT, true));
        }
        hint = widgets.label(VERIFY_HINT, theme.body(), Theme.TEXT_QUIET, true);
        // The two answers look alike: consent is the citizen's free choice, not nudged (PIPL, 人脸识别办法).
        agree = widgets.button(VERIFY_AGREE, KioskButton.Style.SECONDARY);
        refuse = widgets.button(VERIFY_REFUSE, KioskButton.Style.SECONDARY);
        answers = new ButtonRow(theme.gap(), agree, refuse);
        cancel = widgets.button(VERIFY_CANCEL, KioskButton.Style.SECONDARY);

        int text = theme.px(900);
        add(picture, ColumnLayout.Cell.centred(theme.px(260)));
        add(busy, ColumnLayout.Cell.centred(theme.px(110)));
        add(step, ColumnLayout.Cell.centred(text));
        add(heading, ColumnLayout.Cell.centred(text));
        // The consent's four facts read as one block: close together, left-aligned.
        consentBlock = new BulletList(theme);
        consent.forEach(line -> consentBlock.add(line, ColumnLayout.Cell.FULL));
        add(consentBlock, ColumnLayout.Cell.centred(text));
        advice.forEach(line -> add(line, ColumnLayout.Cell.centred(text)));
        add(hint, ColumnLayout.Cell.centred(text));
        add(answers, ColumnLayout.Cell.centred(theme.px(900)));
        add(cancel, ColumnLayout.Cell.centred(theme.px(560)));
    }

    /** Shows this step; hidden when there is none. */
    void render(VerifyPanel panel, ScreenContent content) {
        setVisible(panel != null);
        if (panel == null) {
            return;
        }
        Icon icon = icon(panel);
        picture.setIcon(icon);
        picture.setVisible(icon != null);
        busy.setVisible(panel instanceof VerifyPanel.Checking);
        Widgets.bind(step, content);
        Widgets.bind(heading, content);
        headingFont = panel instanceof VerifyPanel.Prompt ? theme.figure()
                : panel instanceof VerifyPanel.Consent ? theme.message() : theme.heading();
        heading.setForeground(panel instanceof VerifyPanel.Result result && result.passed() ? Theme.GREEN : Theme.TEXT);
        consent.forEach(line -> Widgets.bind(line, content));
        consentBlock.setVisible(consent.get(0).isVisible());
        advice.forEach(line -> Widgets.bind(line, content));
        Widgets.bind(hint, content);
        Widgets.bind(agree, content);
        Widgets.bind(refuse, content);
        answers.setVisible(agree.isVisible());
        Widgets.bind(cancel, content);
    }

    /**
     * Lays the step out at its normal sizes; when that does not fit (the consent in English with
     * the network banner and the own-screen notice on, say), at the compact ones: the lines at the
     * 28 px floor, the heading a size smaller. Buttons keep their size.
     */
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
        setFontIfOther(heading, compact ? smaller(headingFont) : headingFont);
        consent.forEach(line -> setFontIfOther(line, lines));
        advice.forEach(line -> setFontIfOther(line, lines.deriveFont(Font.BOLD)));
        setFontIfOther(hint, lines);
    }

    private Font smaller(Font font) {
        return font.getSize() >= theme.figure().getSize() ? theme.heading()
                : font.getSize() >= theme.heading().getSize() ? theme.message() : theme.button();
    }

    private static void setFontIfOther(KioskLabel label, Font font) {
        if (!label.getFont().equals(font)) {
            label.setFont(font);
        }
    }

    private Icon icon(VerifyPanel panel) {
        if (panel instanceof VerifyPanel.Card) {
            return Glyphs.cardOnReader(theme.px(170));
        }
        if (panel instanceof VerifyPanel.Prompt prompt) {
            Glyphs.HeadMotion motion = switch (prompt.prompt()) {
                case FACE_SCREEN -> Glyphs.HeadMotion.FRONT;
                case TURN_LEFT -> Glyphs.HeadMotion.LEFT;
                case TURN_RIGHT -> Glyphs.HeadMotion.RIGHT;
                case NOD -> Glyphs.HeadMotion.NOD;
            };
            return Glyphs.head(motion, theme.px(240));
        }
        if (panel instanceof VerifyPanel.Result result) {
            return result.passed() ? Glyphs.tick(theme.px(130)) : Glyphs.warning(theme.px(110));
        }
        if (panel instanceof VerifyPanel.Note note) {
            return note.note() == VerifyNote.MANUAL_CHECK ? Glyphs.idCard(theme.px(140)) : Glyphs.warning(theme.px(110));
        }
        return null;
    }

    /** Lines one under the other, each marked with a dot before its first line: one fact each. */
    private static final class BulletList extends JPanel {
        private final Theme theme;

        BulletList(Theme theme) {
            super(new ColumnLayout(theme.px(10), false));
            this.theme = theme;
            setOpaque(false);
        }

        @Override
        protected void paintComponent(Graphics g) {
            Graphics2D g2 = (Graphics2D) g.create();
            try {
                g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g2.setColor(Theme.PRIMARY);
                int dot = theme.px(12);
                for (java.awt.Component line : getComponents()) {
                    if (line.isVisible()) {
                        int middle = line.getY() + line.getFontMetrics(line.getFont()).getHeight() / 2;
                        g2.fillOval(line.getX() + theme.px(4), middle - dot / 2, dot, dot);
                    }
                }
            } finally {
                g2.dispose();
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
}
