package cn.remotewindow.signaling.receipt;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Lays text out on A4 pages top to bottom: measures, breaks lines the way Chinese and English
 * want them (between any two 汉字, at spaces in English, never a closing mark at a line's start),
 * and draws. A measuring typesetter ({@code drawing = false}) only moves its cursor, so a layout
 * can be tried at a smaller scale before anything is drawn. Sizes given to it are at scale 1.
 */
final class Typesetter {

    static final PDRectangle PAGE = PDRectangle.A4;
    static final float MARGIN_SIDE = 56;
    static final float MARGIN_TOP = 46;
    /** Room kept free at the bottom of each page for the footer. */
    static final float MARGIN_BOTTOM = 74;

    /** A text style at scale 1; the face has one weight, bold is drawn by also stroking the outlines. */
    record Style(float size, boolean bold, Color color) {
        static Style of(float size) {
            return new Style(size, false, Color.BLACK);
        }

        Style strong() {
            return new Style(size, true, color);
        }

        Style in(Color other) {
            return new Style(size, bold, other);
        }
    }

    private static final String CLOSING = "，。、；：？！）》」』】〕〉…—％,.;:?!)]}%’”·";
    private static final String OPENING = "（《「『【〔〈([{‘“";
    private static final char SUBSTITUTE = '〓';
    /** Widths are floats: a column made exactly as wide as its text must not wrap it by rounding. */
    private static final float SLACK = 0.05f;

    private final PDDocument document;
    private final PDType0Font font;
    private final ReceiptFont.Face face;
    private final float scale;
    private final boolean drawing;
    private final List<PDPage> pages = new ArrayList<>();
    private final Set<String> substituted = new TreeSet<>();
    private PDPageContentStream stream;
    private float y;
    private Runnable pageHead = () -> { };

    Typesetter(PDDocument document, PDType0Font font, ReceiptFont.Face face, float scale, boolean drawing) {
        this.document = document;
        this.font = font;
        this.face = face;
        this.scale = scale;
        this.drawing = drawing;
        this.y = top();
    }

    float left() {
        return MARGIN_SIDE;
    }

    float right() {
        return PAGE.getWidth() - MARGIN_SIDE;
    }

    float width() {
        return right() - left();
    }

    float top() {
        return PAGE.getHeight() - MARGIN_TOP;
    }

    float bottom() {
        return MARGIN_BOTTOM;
    }

    /** A length at this typesetter's scale. */
    float s(float length) {
        return length * scale;
    }

    float y() {
        return y;
    }

    void down(float length) {
        y -= s(length);
    }

    /** Puts the cursor at a height already computed (below a box drawn at once). */
    void moveTo(float atY) {
        y = atY;
    }

    /** Height used so far from the top of the first page (what a measuring pass reports). */
    float used() {
        return top() - y;
    }

    List<PDPage> pages() {
        return pages;
    }

    /** Characters the font has no glyph for, drawn as 〓 instead (for the caller's log). */
    Set<String> substituted() {
        return substituted;
    }

    /** Starts a new page when the next {@code height} (already scaled) does not fit on this one. */
    void need(float height) {
        if (drawing && y - height < bottom() && y < top()) {
            newPage();
            pageHead.run();
        }
    }

    /** What {@link #need} draws at the top of each page it starts (which case this is, a table's header row). */
    void onNewPage(Runnable head) {
        pageHead = head;
    }

    /** Starts a page (a drawing typesetter starts its first one with this). */
    void newPage() {
        closeStream();
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        pages.add(page);
        try {
            stream = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = top();
    }

    void closeStream() {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            stream = null;
        }
    }

    /** Opens a page again to add to it (the footer, once the page count is known). */
    void reopen(PDPage page) {
        closeStream();
        try {
            stream = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float lineHeight(Style style, float leading) {
        return s(style.size() * leading);
    }

    float textWidth(String text, Style style) {
        try {
            return font.getStringWidth(clean(text)) / 1000f * s(style.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws one line with its baseline at {@code baseline}. */
    void text(String line, Style style, float x, float baseline) {
        if (!drawing || line.isEmpty()) {
            return;
        }
        float size = s(style.size());
        try {
            stream.beginText();
            stream.setFont(font, size);
            stream.setNonStrokingColor(style.color());
            if (style.bold()) {
                stream.setStrokingColor(style.color());
                stream.setLineWidth(size * 0.045f);
                stream.setRenderingMode(RenderingMode.FILL_STROKE);
            } else {
                stream.setRenderingMode(RenderingMode.FILL);
            }
            stream.newLineAtOffset(x, baseline);
            stream.showText(clean(line));
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the baseline of a line goes whose box starts at {@code lineTop}: the face's ascent below it. */
    float baseline(float lineTop, Style style, float leading) {
        float size = s(style.size());
        return lineTop - (leading - 1) * size / 2 - size * 0.88f;
    }

    /**
     * Wraps and draws a paragraph at the cursor, moving the cursor below it; a line that does not
     * fit on this page starts the next one.
     */
    void paragraph(String text, Style style, float x, float width, float leading) {
        float height = lineHeight(style, leading);
        for (String line : wrap(text, style, width)) {
            need(height);
            text(line, style, x, baseline(y, style, leading));
            y -= height;
        }
    }

    /** A paragraph centred between the margins. */
    void centred(String text, Style style, float leading) {
        float height = lineHeight(style, leading);
        for (String line : wrap(text, style, width())) {
            need(height);
            text(line, style, left() + (width() - textWidth(line, style)) / 2, baseline(y, style, leading));
            y -= height;
        }
    }

    void rule(float x1, float x2, float atY, float lineWidth, Color color) {
        if (!drawing) {
            return;
        }
        try {
            stream.setStrokingColor(color);
            stream.setLineWidth(lineWidth);
            stream.moveTo(x1, atY);
            stream.lineTo(x2, atY);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void fill(float x, float lowerY, float w, float h, Color color) {
        if (!drawing) {
            return;
        }
        try {
            stream.setNonStrokingColor(color);
            stream.addRect(x, lowerY, w, h);
            stream.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines a text breaks into at this width; {@code \n} starts a new line. */
    List<String> wrap(String text, Style style, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : clean(text).split("\n", -1)) {
            wrapParagraph(paragraph, style, width, lines);
        }
        return lines;
    }

    private void wrapParagraph(String paragraph, Style style, float width, List<String> lines) {
        StringBuilder line = new StringBuilder();
        boolean pendingSpace = false;
        for (String unit : units(paragraph)) {
            if (unit.equals(" ")) {
                pendingSpace = !line.isEmpty();
                continue;
            }
            String candidate = line + (pendingSpace ? " " : "") + unit;
            if (textWidth(candidate, style) <= width + SLACK) {
                line.setLength(0);
                line.append(candidate);
            } else {
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                // A unit wider than the line (a long code, a long English word) breaks anywhere.
                String rest = unit;
                while (textWidth(rest, style) > width + SLACK) {
                    int cut = longestFit(rest, style, width);
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            pendingSpace = false;
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
    }

    private int longestFit(String text, Style style, float width) {
        int cut = text.offsetByCodePoints(0, 1);
        for (int next = cut; next < text.length(); next = text.offsetByCodePoints(next, 1)) {
            if (textWidth(text.substring(0, next), style) > width + SLACK) {
                break;
            }
            cut = next;
        }
        return cut;
    }

    /**
     * The pieces a line may break between: each 汉字 (and full-width mark), each run of other
     * non-space characters, each space. A closing mark sticks to what precedes it, an opening
     * mark to what follows.
     */
    static List<String> units(String text) {
        List<String> raw = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (cp == ' ') {
                flush(word, raw);
                raw.add(" ");
            } else if (breaksAnywhere(cp)) {
                flush(word, raw);
                raw.add(new String(Character.toChars(cp)));
            } else {
                word.appendCodePoint(cp);
            }
        });
        flush(word, raw);
        List<String> units = new ArrayList<>();
        for (String unit : raw) {
            int last = units.size() - 1;
            boolean previousIsText = last >= 0 && !units.get(last).equals(" ");
            if (previousIsText && CLOSING.indexOf(unit.codePointAt(0)) >= 0) {
                units.set(last, units.get(last) + unit);
            } else if (previousIsText && !unit.equals(" ") && endsOpening(units.get(last))) {
                units.set(last, units.get(last) + unit);
            } else {
                units.add(unit);
            }
        }
        return units;
    }

    private static boolean endsOpening(String unit) {
        return OPENING.indexOf(unit.codePointBefore(unit.length())) >= 0;
    }

    private static void flush(StringBuilder word, List<String> into) {
        if (!word.isEmpty()) {
            into.add(word.toString());
            word.setLength(0);
        }
    }

    private static boolean breaksAnywhere(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || cp == '…' || cp == '—';
    }

    /**
     * What the font can draw: tabs and other controls become spaces (a PDF line has no control
     * characters; {@code \n} is kept for {@link #wrap}), and characters the face lacks become 〓
     * (the mark Chinese typesetting uses for a missing glyph), noted in {@link #substituted()}.
     */
    String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(cp) || Character.isWhitespace(cp) || cp == '\u00A0') {
                out.append(' ');
            } else if (covers(cp)) {
                out.appendCodePoint(cp);
            } else {
                substituted.add(new String(Character.toChars(cp)));
                out.append(covers(SUBSTITUTE) ? SUBSTITUTE : '?');
            }
        });
        return out.toString();
    }

    private boolean covers(int codePoint) {
        return face.covers(codePoint);
    }
}
