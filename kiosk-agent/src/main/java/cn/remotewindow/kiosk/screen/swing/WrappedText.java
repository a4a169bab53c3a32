package cn.remotewindow.kiosk.screen.swing;

import cn.remotewindow.kiosk.screen.UntrustedText;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;

/**
 * A text broken into lines for a width: Chinese may break between any two characters (the JDK's
 * line-break rules keep punctuation such as "，" off the start of a line), English between words.
 * Swing's labels cut long text with "..." instead, which hides the end of a Chinese sentence.
 */
final class WrappedText {

    /** Measuring and drawing share one context, so that what was measured is what is drawn. */
    static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    /**
     * Line height as a multiple of ascent + descent. CJK fonts such as Noto Sans CJK already
     * leave about 45% of the font size between lines, which is what older eyes need; more only
     * pushes buttons off a 800 px high screen.
     */
    private static final float LINE_SPACING = 1.0f;

    private final List<TextLayout> lines;
    private final float lineHeight;
    private final boolean splitsWords;
    private final String lastLine;

    private WrappedText(List<TextLayout> lines, float lineHeight, boolean splitsWords, String lastLine) {
        this.lines = lines;
        this.lineHeight = lineHeight;
        this.splitsWords = splitsWords;
        this.lastLine = lastLine;
    }

    static WrappedText of(String text, Font font, float wrapWidth) {
        float width = Math.max(1f, wrapWidth);
        List<TextLayout> lines = new ArrayList<>();
        boolean splitsWords = false;
        String lastLine = "";
        if (text != null) {
            for (String paragraph : text.split("\n", -1)) {
                if (paragraph.isEmpty()) {
                    continue;
                }
                AttributedString attributed = new AttributedString(paragraph);
                attributed.addAttribute(TextAttribute.FONT, font);
                LineBreakMeasurer measurer = new LineBreakMeasurer(attributed.getIterator(), CONTEXT);
                while (measurer.getPosition() < paragraph.length()) {
                    TextLayout line = measurer.nextLayout(width);
                    lines.add(line);
                    int start = measurer.getPosition() - line.getCharacterCount();
                    int end = measurer.getPosition();
                    if (end < paragraph.length() && insideWord(paragraph, end)) {
                        splitsWords = true;
                    }
                    lastLine = paragraph.substring(start, end).trim();
                }
            }
        }
        var metrics = font.getLineMetrics("国Ag", CONTEXT);
        float lineHeight = (metrics.getAscent() + metrics.getDescent()) * LINE_SPACING;
        return new WrappedText(List.copyOf(lines), lineHeight, splitsWords, lastLine);
    }

    /**
     * The text, or as much of it as fits in {@code maxLines} at this width followed by an
     * ellipsis: about the longest such start of it, cut as {@link UntrustedText#shortened} cuts.
     */
    static String cutToLines(String text, Font font, float wrapWidth, int maxLines) {
        if (text == null || of(text, font, wrapWidth).lineCount() <= maxLines) {
            return text;
        }
        int total = text.codePointCount(0, text.length());
        int low = 1;
        int high = total - 1;
        while (low < high) {
            int middle = (low + high + 1) / 2;
            if (of(shortened(text, middle), font, wrapWidth).lineCount() <= maxLines) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return shortened(text, low);
    }

    private static String shortened(String text, int codePoints) {
        return UntrustedText.shortened(text, codePoints);
    }

    /** The width of a text on one line, unwrapped. */
    static float naturalWidth(String text, Font font) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        return (float) font.getStringBounds(text, CONTEXT).getWidth();
    }

    /** A line ended inside a Latin word ("Registr|ation"): the width was too small for the word. */
    boolean splitsWords() {
        return splitsWords;
    }

    /**
     * The last of several lines is a single Chinese character or a scrap of a word ("规划 / 局",
     * "turn / on)"): it reads as a mistake, and a slightly smaller size usually avoids it.
     */
    boolean endsInOrphan() {
        if (lines.size() < 2) {
            return false;
        }
        boolean han = lastLine.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        int length = lastLine.codePointCount(0, lastLine.length());
        return han ? length <= 1 : length <= 3;
    }

    private static boolean insideWord(String paragraph, int breakAt) {
        return latinLetterOrDigit(paragraph.charAt(breakAt - 1)) && latinLetterOrDigit(paragraph.charAt(breakAt));
    }

    private static boolean latinLetterOrDigit(char c) {
        return Character.isLetterOrDigit(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN;
    }

    int lineCount() {
        return lines.size();
    }

    float height() {
        return lines.size() * lineHeight;
    }

    /**
     * Draws the lines from {@code top}, each centred in or left-aligned to {@code [x, x + width]}.
     */
    void draw(Graphics2D g, float x, float top, float width, boolean centred) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        float y = top;
        for (TextLayout line : lines) {
            float extra = lineHeight - line.getAscent() - line.getDescent();
            float baseline = y + extra / 2 + line.getAscent();
            float left = centred ? x + (width - line.getVisibleAdvance()) / 2 : x;
            line.draw(g, left, baseline);
            y += lineHeight;
        }
    }
}
