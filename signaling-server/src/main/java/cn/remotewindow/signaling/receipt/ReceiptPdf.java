package cn.remotewindow.signaling.receipt;

import cn.remotewindow.signaling.receipt.ReceiptContent.Material;
import cn.remotewindow.signaling.receipt.ReceiptContent.MaterialStatus;
import cn.remotewindow.signaling.receipt.ReceiptContent.Outcome;
import cn.remotewindow.signaling.receipt.Typesetter.Style;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prints a {@link ReceiptContent} as an A4 PDF (Apache PDFBox) in zh-CN or English: the title
 * (受理回执 or 一次性告知书), a header with the case number, the materials table, the time
 * limits, where the result is collected (属地出件), what happens next in plain words, and a footer
 * whose reference and check code ({@link ReceiptFingerprint}) match the paper to its record.
 *
 * <p>It fits on one page: a long checklist is first set smaller (down to 80 %); only beyond that
 * does it run on to a second page, each page with the footer and "page n of m". The font is
 * embedded as a subset. Without a usable font every {@link #render} throws
 * {@link ReceiptFontUnavailable} with the reason found at start-up.
 */
public final class ReceiptPdf {

    private static final Logger log = LoggerFactory.getLogger(ReceiptPdf.class);

    private static final float[] SCALES = {1f, 0.95f, 0.9f, 0.85f, 0.8f};
    private static final Color GREY = new Color(0x55, 0x55, 0x55);
    private static final Color LIGHT = new Color(0xF1, 0xF1, 0xF1);
    private static final Color LINE = new Color(0xB0, 0xB0, 0xB0);
    private static final Color DARK = new Color(0x22, 0x22, 0x22);

    private static final Style ISSUER = Style.of(9.5f).in(GREY);
    private static final Style TITLE = Style.of(24).strong();
    private static final Style LABEL = Style.of(10.5f).in(GREY);
    private static final Style CASE_NUMBER = Style.of(20).strong();
    private static final Style VALUE = Style.of(12);
    private static final Style HEADING = Style.of(13.5f).strong();
    private static final Style BODY = Style.of(12);
    private static final Style CELL = Style.of(11.5f);
    private static final Style CELL_HEAD = Style.of(10.5f).strong();
    private static final Style NOTE = Style.of(9.5f).in(GREY);
    private static final Style SMALL = Style.of(10.5f).in(DARK);
    private static final Style FOOTER = Style.of(9.5f).in(DARK);
    private static final Style FOOTER_NOTE = Style.of(8.5f).in(GREY);

    private static final float LEADING = 1.45f;
    private static final float CELL_LEADING = 1.35f;
    private static final float BODY_LEADING = 1.6f;

    private final ReceiptFont font;
    private final ReceiptFontUnavailable unavailable;

    private ReceiptPdf(ReceiptFont font, ReceiptFontUnavailable unavailable) {
        this.font = font;
        this.unavailable = unavailable;
    }

    public static ReceiptPdf withFont(ReceiptFont font) {
        return new ReceiptPdf(Objects.requireNonNull(font, "font"), null);
    }

    /** A printer that refuses every receipt with this reason (no usable font at start-up). */
    public static ReceiptPdf unavailable(ReceiptFontUnavailable why) {
        return new ReceiptPdf(null, Objects.requireNonNull(why, "reason"));
    }

    /** The font used, or null when receipts cannot be printed. */
    public ReceiptFont font() {
        return font;
    }

    public boolean available() {
        return font != null;
    }

    /**
     * The receipt as PDF bytes.
     *
     * @throws ReceiptFontUnavailable when no usable font was found
     */
    public byte[] render(ReceiptContent content, ReceiptLanguage language) {
        if (font == null) {
            throw new ReceiptFontUnavailable(unavailable.getMessage());
        }
        ReceiptTexts texts = new ReceiptTexts(language);
        try (ReceiptFont.Face face = font.open(); PDDocument document = new PDDocument()) {
            PDType0Font pdfFont = PDType0Font.load(document, face.font(), true);
            float scale = SCALES[SCALES.length - 1];
            for (float candidate : SCALES) {
                Typesetter measure = new Typesetter(document, pdfFont, face, candidate, false);
                new Layout(measure, content, texts).body();
                if (measure.used() <= measure.top() - measure.bottom()) {
                    scale = candidate;
                    break;
                }
            }
            Typesetter page = new Typesetter(document, pdfFont, face, scale, true);
            page.newPage();
            new Layout(page, content, texts).body();
            page.closeStream();
            // The footer keeps its size whatever the body's scale: the reference must stay legible.
            Typesetter footer = new Typesetter(document, pdfFont, face, 1f, true);
            new Layout(footer, content, texts).footers(page.pages());
            footer.closeStream();
            if (!page.substituted().isEmpty()) {
                log.warn("receipt {} (case {}): the font {} has no glyph for {}; printed as 〓", content.receiptId(),
                        content.caseNumber(), font.faceName(), String.join(" ", page.substituted()));
            }
            describe(document, content, texts, language);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("receipt " + content.receiptId() + " could not be written", e);
        }
    }

    private static void describe(PDDocument document, ReceiptContent content, ReceiptTexts texts,
                                 ReceiptLanguage language) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(texts.get("title." + content.kind()) + " " + content.caseNumber());
        info.setSubject(content.item().name());
        info.setCreator("remote virtual window");
        info.setKeywords("receipt " + content.receiptId() + " " + ReceiptFingerprint.of(content));
        Calendar issued = GregorianCalendar.from(content.issuedAt());
        info.setCreationDate(issued);
        document.getDocumentCatalog().setLanguage(language.locale().toLanguageTag());
    }

    /** One receipt's layout on one typesetter: the same code measures and draws. */
    private static final class Layout {
        private final Typesetter t;
        private final ReceiptContent c;
        private final ReceiptTexts x;

        Layout(Typesetter typesetter, ReceiptContent content, ReceiptTexts texts) {
            this.t = typesetter;
            this.c = content;
            this.x = texts;
        }

        void body() {
            title();
            header();
            t.onNewPage(this::continued);
            materials();
            timeLimit();
            delivery();
            next();
            service();
        }

        private void title() {
            t.paragraph(x.get("issuer", c.department().name()), ISSUER, t.left(), t.width(), LEADING);
            t.down(4);
            t.centred(x.get("title." + c.kind()), TITLE, 1.3f);
            t.down(10);
        }

        /** The grey box: case number large, issue date beside it, then item, department, applicant, outcome. */
        private void header() {
            float pad = t.s(12);
            float inner = t.width() - 2 * pad;
            float dateColumn = Math.max(t.textWidth(x.get("label.issuedOn"), LABEL),
                    t.textWidth(x.date(c.issuedAt().toLocalDate()), VALUE)) + t.s(8);
            List<String> caseLines = t.wrap(c.caseNumber(), CASE_NUMBER, inner - dateColumn - t.s(12));

            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {x.get("label.item"), x.get("item.withCode", c.item().name(), c.item().code())});
            rows.add(new String[] {x.get("label.department"), c.department().name()});
            if (c.citizenName() != null) {
                rows.add(new String[] {x.get("label.applicant"), c.citizenName()});
            }
            rows.add(new String[] {x.get("label.outcome"), outcomeWords()});
            if (c.reason() != null) {
                rows.add(new String[] {x.get("label.reason"), c.reason()});
            }
            float labelColumn = 0;
            for (String[] row : rows) {
                labelColumn = Math.max(labelColumn, t.textWidth(row[0], LABEL));
            }
            labelColumn += t.s(14);
            float valueWidth = inner - labelColumn;
            List<List<String>> values = new ArrayList<>();
            float rowsHeight = 0;
            for (String[] row : rows) {
                List<String> lines = t.wrap(row[1], VALUE.strong(), valueWidth);
                values.add(lines);
                rowsHeight += lines.size() * t.lineHeight(VALUE, LEADING) + t.s(2);
            }
            float caseHeight = t.lineHeight(LABEL, LEADING) + caseLines.size() * t.lineHeight(CASE_NUMBER, 1.25f);
            float height = pad + caseHeight + t.s(8) + rowsHeight + pad;

            t.need(height);
            float top = t.y();
            t.fill(t.left(), top - height, t.width(), height, LIGHT);
            t.fill(t.left(), top - height, t.s(4), height, DARK);
            float x0 = t.left() + pad;
            float y = top - pad;
            t.text(x.get("label.caseNumber"), LABEL, x0, t.baseline(y, LABEL, LEADING));
            float dateX = t.right() - pad - dateColumn + t.s(8);
            t.text(x.get("label.issuedOn"), LABEL, dateX, t.baseline(y, LABEL, LEADING));
            y -= t.lineHeight(LABEL, LEADING);
            t.text(x.date(c.issuedAt().toLocalDate()), VALUE, dateX, t.baseline(y, CASE_NUMBER, 1.25f));
            for (String line : caseLines) {
                t.text(line, CASE_NUMBER, x0, t.baseline(y, CASE_NUMBER, 1.25f));
                y -= t.lineHeight(CASE_NUMBER, 1.25f);
            }
            y -= t.s(8);
            t.rule(x0, t.right() - pad, y + t.s(4), 0.5f, LINE);
            for (int i = 0; i < rows.size(); i++) {
                boolean outcome = rows.get(i)[0].equals(x.get("label.outcome"));
                t.text(rows.get(i)[0], LABEL, x0, t.baseline(y, VALUE, LEADING));
                for (String line : values.get(i)) {
                    t.text(line, outcome ? VALUE.strong() : VALUE, x0 + labelColumn, t.baseline(y, VALUE, LEADING));
                    y -= t.lineHeight(VALUE, LEADING);
                }
                y -= t.s(2);
            }
            t.moveTo(top - height);
        }

        /** The head of a page after the first: which paper and case it continues. */
        private void continued() {
            t.paragraph(x.get("continued", x.get("title." + c.kind()), c.caseNumber()), NOTE, t.left(), t.width(),
                    LEADING);
            t.down(6);
        }

        private String outcomeWords() {
            return x.get("outcome." + c.outcome(), c.outstanding().size());
        }

        private void heading(String text) {
            t.down(12);
            t.need(t.lineHeight(HEADING, LEADING) + t.lineHeight(CELL, LEADING) * 2);
            t.paragraph(text, HEADING, t.left(), t.width(), LEADING);
            t.rule(t.left(), t.right(), t.y() + t.s(2), 0.8f, DARK);
            t.down(6);
        }

        /** Number, material (with its note), status; outstanding ones in bold. */
        private void materials() {
            heading(x.get("section.materials"));
            if (c.materials().isEmpty()) {
                t.paragraph(x.get("materials.none"), BODY, t.left(), t.width(), BODY_LEADING);
                return;
            }
            float pad = t.s(4);
            float numberColumn = Math.max(t.textWidth(x.get("table.number"), CELL_HEAD), t.textWidth("00", CELL)) + 2 * pad;
            float statusColumn = 0;
            for (Material m : c.materials()) {
                statusColumn = Math.max(statusColumn, t.textWidth(status(m), CELL.strong()));
            }
            statusColumn = Math.min(statusColumn + 2 * pad, t.width() * 0.5f);
            float nameColumn = t.width() - numberColumn - statusColumn;

            Runnable headRow = () -> row(new String[] {x.get("table.number"), x.get("table.material"),
                    x.get("table.status")}, null, new Style[] {CELL_HEAD, CELL_HEAD, CELL_HEAD}, numberColumn, nameColumn,
                    pad, LIGHT);
            headRow.run();
            // A table that runs on to the next page starts there with its header row again.
            t.onNewPage(() -> {
                continued();
                headRow.run();
            });
            int n = 1;
            for (Material m : c.materials()) {
                Style statusStyle = switch (m.status()) {
                    case RECEIVED -> CELL;
                    case PROMISED, MISSING -> CELL.strong();
                    case NOT_APPLICABLE -> CELL.in(GREY);
                };
                Style nameStyle = m.status() == MaterialStatus.NOT_APPLICABLE ? CELL.in(GREY) : CELL;
                row(new String[] {Integer.toString(n++), m.name(), status(m)}, m.note(),
                        new Style[] {CELL, nameStyle, statusStyle}, numberColumn, nameColumn, pad, null);
            }
            t.onNewPage(this::continued);
        }

        private void row(String[] cells, String note, Style[] styles, float numberColumn, float nameColumn, float pad,
                         Color background) {
            float[] xs = {t.left(), t.left() + numberColumn, t.left() + numberColumn + nameColumn};
            float[] widths = {numberColumn, nameColumn, t.width() - numberColumn - nameColumn};
            List<List<String>> lines = new ArrayList<>();
            float height = 0;
            for (int i = 0; i < 3; i++) {
                List<String> cell = t.wrap(cells[i], styles[i], widths[i] - 2 * pad);
                lines.add(cell);
                float cellHeight = cell.size() * t.lineHeight(styles[i], CELL_LEADING);
                if (i == 1 && note != null) {
                    cellHeight += t.wrap(note, NOTE, widths[i] - 2 * pad).size() * t.lineHeight(NOTE, 1.35f);
                }
                height = Math.max(height, cellHeight);
            }
            height += 2 * pad;
            t.need(height);
            float top = t.y();
            if (background != null) {
                t.fill(t.left(), top - height, t.width(), height, background);
            }
            for (int i = 0; i < 3; i++) {
                float y = top - pad;
                for (String line : lines.get(i)) {
                    t.text(line, styles[i], xs[i] + pad, t.baseline(y, styles[i], CELL_LEADING));
                    y -= t.lineHeight(styles[i], CELL_LEADING);
                }
                if (i == 1 && note != null) {
                    for (String line : t.wrap(note, NOTE, widths[i] - 2 * pad)) {
                        t.text(line, NOTE, xs[i] + pad, t.baseline(y, NOTE, 1.35f));
                        y -= t.lineHeight(NOTE, 1.35f);
                    }
                }
            }
            t.rule(t.left(), t.right(), top - height, 0.5f, LINE);
            t.moveTo(top - height);
        }

        private String status(Material m) {
            return m.status() == MaterialStatus.PROMISED
                    ? x.get("status.PROMISED", x.date(m.promisedBy()))
                    : x.get("status." + m.status());
        }

        private void timeLimit() {
            heading(x.get("section.timeLimit"));
            ReceiptContent.TimeLimit limit = c.timeLimit();
            if (limit == null) {
                t.paragraph(x.get("timeLimit.none"), BODY, t.left(), t.width(), BODY_LEADING);
                return;
            }
            t.paragraph(x.get("timeLimit.limits", limit.promisedWorkingDays(), limit.legalWorkingDays()), BODY,
                    t.left(), t.width(), BODY_LEADING);
            if (c.outcome().accepted()) {
                t.paragraph(x.get("timeLimit.dueBy", x.date(limit.dueBy())), BODY.strong(), t.left(), t.width(), BODY_LEADING);
            } else {
                t.paragraph(x.get("timeLimit.fromAcceptance"), BODY, t.left(), t.width(), BODY_LEADING);
            }
        }

        private void delivery() {
            ReceiptContent.Delivery delivery = c.delivery();
            if (delivery == null) {
                return;
            }
            heading(x.get("section.delivery"));
            t.paragraph(x.get("delivery." + delivery.method(), delivery.place()), BODY.strong(), t.left(), t.width(),
                    BODY_LEADING);
            if (delivery.address() != null && !delivery.address().isBlank()) {
                t.paragraph(x.get("delivery.address", delivery.address()), BODY, t.left(), t.width(), BODY_LEADING);
            }
            if (delivery.hours() != null && !delivery.hours().isBlank()) {
                t.paragraph(x.get("delivery.hours", delivery.hours()), BODY, t.left(), t.width(), BODY_LEADING);
            }
        }

        private void next() {
            heading(x.get("section.next"));
            String words = switch (c.outcome()) {
                case ACCEPTED -> x.get("next.ACCEPTED", x.date(c.timeLimit().dueBy()));
                case ACCEPTED_PENDING_MATERIALS -> x.get("next.ACCEPTED_PENDING_MATERIALS", c.outstanding().size(),
                        c.kiosk().name());
                case MATERIALS_REQUIRED -> x.get("next.MATERIALS_REQUIRED", c.kiosk().name());
                case REFUSED -> x.get("next.REFUSED", c.kiosk().name());
            };
            t.paragraph(words, BODY, t.left(), t.width(), BODY_LEADING);
        }

        private void service() {
            t.down(12);
            List<String> parts = new ArrayList<>();
            parts.add(x.get("service.kiosk", c.kiosk().name(), c.kiosk().district()));
            parts.add(x.get("service.expert", c.expertName()));
            if (c.department().enquiryPhone() != null && !c.department().enquiryPhone().isBlank()) {
                parts.add(x.get("service.phone", c.department().enquiryPhone()));
            }
            t.paragraph(String.join(" · ", parts), SMALL, t.left(), t.width(), LEADING);
        }

        /** On every page: a rule, the reference and check code, what they are for, and the page count if more than one. */
        void footers(List<PDPage> pages) {
            String fingerprint = ReceiptFingerprint.shortForm(ReceiptFingerprint.of(c));
            String reference = x.get("footer.reference", c.receiptId(), fingerprint, x.dateTime(c.issuedAt()));
            String note = x.get("footer.note", x.get("noun." + c.kind()));
            int count = pages.size();
            for (int i = 0; i < count; i++) {
                t.reopen(pages.get(i));
                float y = Typesetter.MARGIN_BOTTOM - 16;
                t.rule(t.left(), t.right(), y + 6, 0.6f, LINE);
                float lineHeight = FOOTER.size() * LEADING;
                for (String line : t.wrap(reference, FOOTER, t.width())) {
                    t.text(line, FOOTER, t.left(), y - FOOTER.size());
                    y -= lineHeight;
                }
                String pageNote = count > 1 ? note + "  " + x.get("page", i + 1, count) : note;
                for (String line : t.wrap(pageNote, FOOTER_NOTE, t.width())) {
                    t.text(line, FOOTER_NOTE, t.left(), y - FOOTER_NOTE.size());
                    y -= FOOTER_NOTE.size() * LEADING;
                }
            }
        }
    }
}
