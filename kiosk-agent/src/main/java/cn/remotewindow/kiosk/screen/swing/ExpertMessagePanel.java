package cn.remotewindow.kiosk.screen.swing;

import static cn.remotewindow.kiosk.screen.ControlNames.CALL_EXPERT_MESSAGE;
import static cn.remotewindow.kiosk.screen.ControlNames.CALL_EXPERT_MESSAGE_LABEL;

import cn.remotewindow.kiosk.screen.ScreenContent;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import javax.swing.JPanel;

/**
 * The expert's latest message on the call screen: a light card under the picture, "专家提示" above
 * the text. A short prompt ("请把身份证放在读卡器上") is drawn larger than body text; a longer one at
 * body size, wrapped. The call screen gives the card the height it needs, as long as the picture
 * keeps a minimum; only when even that is not enough is the text cut, with an ellipsis, at the
 * last line that fits. The text is plain (see {@link KioskLabel}).
 */
final class ExpertMessagePanel extends JPanel {

    /** A prompt up to this many lines at the large size is drawn large. */
    private static final int LARGE_LINES = 2;

    private final Theme theme;
    private final KioskLabel label;
    private final KioskLabel message;
    private final Font large;
    private final Font regular;
    private String fullText = "";

    ExpertMessagePanel(Widgets widgets) {
        super(null);
        theme = widgets.theme();
        large = theme.message();
        regular = theme.body();
        label = widgets.label(CALL_EXPERT_MESSAGE_LABEL, theme.small().deriveFont(Font.BOLD), Theme.PRIMARY, false);
        message = widgets.label(CALL_EXPERT_MESSAGE, regular, Theme.TEXT, false);
        message.setSplitsLongWords(true);
        setName("call.expertMessage.card");
        setOpaque(false);
        add(label);
        add(message);
    }

    /** Takes the message from the content; hidden when there is none. */
    void render(ScreenContent content) {
        Widgets.bind(label, content);
        String text = content.text(CALL_EXPERT_MESSAGE);
        setVisible(text != null);
        message.setVisible(text != null);
        fullText = text == null ? "" : text;
        show(fullText, message.getFont());
    }

    /**
     * Chooses the text size for this width and the text that fits in {@code maxHeight}, and
     * returns the height the card needs: the whole text's, if it is at most {@code maxHeight}.
     */
    int fit(int width, int maxHeight) {
        int textWidth = textWidth(width);
        WrappedText atLarge = WrappedText.of(fullText, large, textWidth);
        int chrome = chrome(textWidth);
        Font font = atLarge.lineCount() <= LARGE_LINES && !atLarge.splitsWords()
                && chrome + atLarge.height() <= maxHeight ? large : regular;
        WrappedText whole = WrappedText.of(fullText, font, textWidth);
        String shown = fullText;
        if (chrome + whole.height() > maxHeight) {
            float lineHeight = whole.height() / Math.max(1, whole.lineCount());
            int lines = Math.max(1, (int) Math.floor((maxHeight - chrome) / lineHeight));
            shown = WrappedText.cutToLines(fullText, font, textWidth, lines);
        }
        show(shown, font);
        return chrome + (int) Math.ceil(WrappedText.of(shown, font, textWidth).height());
    }

    /** Whether the whole message is shown (not cut for want of room). */
    boolean showsWholeText() {
        return fullText.equals(message.getText());
    }

    @Override
    public void doLayout() {
        int textWidth = textWidth(getWidth());
        int labelHeight = label.heightFor(textWidth);
        label.setBounds(paddingX(), paddingTop(), textWidth, labelHeight);
        int top = paddingTop() + labelHeight;
        message.setBounds(paddingX(), top, textWidth, Math.max(0, getHeight() - top - paddingBottom()));
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            var card = new RoundRectangle2D.Float(0, 0, getWidth(), getHeight(), theme.corner(), theme.corner());
            g2.setColor(Theme.MESSAGE_BACKGROUND);
            g2.fill(card);
            // A bar down the left edge in the label's colour ties the card to "专家提示".
            g2.clip(card);
            g2.setColor(Theme.PRIMARY);
            g2.fillRect(0, 0, theme.px(10), getHeight());
        } finally {
            g2.dispose();
        }
    }

    /** Only sets what changed: a new font or text would ask for another layout. */
    private void show(String text, Font font) {
        if (message.getFont() != font) {
            message.setFont(font);
        }
        if (!text.equals(message.getText())) {
            message.setText(text);
        }
    }

    /** Everything but the message's lines: padding and the label. */
    private int chrome(int textWidth) {
        return paddingTop() + label.heightFor(textWidth) + paddingBottom();
    }

    private int textWidth(int width) {
        return Math.max(1, width - 2 * paddingX());
    }

    private int paddingX() {
        return theme.px(24);
    }

    private int paddingTop() {
        return theme.px(8);
    }

    private int paddingBottom() {
        return theme.px(12);
    }
}
