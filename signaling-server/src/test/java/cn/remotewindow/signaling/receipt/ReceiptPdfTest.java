package cn.remotewindow.signaling.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.remotewindow.signaling.receipt.ReceiptContent.Material;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The printed receipt, read back as a reader would: PDFBox opens it, it is one A4 page, its text
 * holds what the citizen needs, and its render is not blank. The samples it writes to
 * target/receipts (PDF and PNG) are the ones to look at.
 */
class ReceiptPdfTest {

    /** The font of this machine: bin/test installs fonts-wqy-microhei; without a font this fails, saying so. */
    private static final ReceiptPdf PRINTER = ReceiptPdf.withFont(ReceiptFont.locate(""));

    @BeforeAll
    static void writeTheSamplesToLookAt() throws IOException {
        List<Path> written = ReceiptSamples.write(PRINTER);
        assertThat(written).hasSize(4).allMatch(Files::isRegularFile);
    }

    static Stream<Arguments> samples() {
        List<Arguments> all = new ArrayList<>();
        for (ReceiptContent content : List.of(ReceiptSamples.acceptance(), ReceiptSamples.noticeWithTwoPromised())) {
            for (ReceiptLanguage language : ReceiptLanguage.values()) {
                all.add(Arguments.of(content.kind() + " " + language, content, language));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void isOneA4PageWhoseTextHoldsTheCaseItemMaterialsAndPromisedDates(String name, ReceiptContent content,
                                                                        ReceiptLanguage language) throws IOException {
        byte[] pdf = PRINTER.render(content, language);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDRectangle box = document.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(0.5f));
            assertThat(box.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(0.5f));

            String text = squeezed(new PDFTextStripper().getText(document));
            ReceiptTexts texts = new ReceiptTexts(language);
            assertThat(text).contains(squeezed(texts.get("title." + content.kind())), content.caseNumber(),
                    squeezed(content.item().name()), content.item().code(), squeezed(content.department().name()));
            for (Material material : content.materials()) {
                assertThat(text).contains(squeezed(material.name()));
                if (material.promisedBy() != null) {
                    assertThat(text).contains(squeezed(texts.get("status.PROMISED", texts.date(material.promisedBy()))));
                }
            }
            assertThat(text).contains(squeezed(texts.date(content.timeLimit().dueBy())),
                    ReceiptFingerprint.shortForm(ReceiptFingerprint.of(content)), content.receiptId());
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo(language.locale().toLanguageTag());
        }
    }

    @Test
    void chineseIsSpelledOutInChineseAndEnglishInEnglish() throws IOException {
        String zh = squeezed(text(PRINTER.render(ReceiptSamples.noticeWithTwoPromised(), ReceiptLanguage.ZH_CN)));
        String en = squeezed(text(PRINTER.render(ReceiptSamples.noticeWithTwoPromised(), ReceiptLanguage.EN)));
        assertThat(zh).contains("一次性告知书", "办件编号", "容缺，承诺2026年12月14日前补交", "容缺，承诺2026年12月18日前补交",
                "接下来怎么办", "王*");
        assertThat(en).contains("One-timenoticeofrequirements", "Casenumber", "Tofollow:promisedby14December2026",
                "Tofollow:promisedby18December2026", "Whathappensnext");
        assertThat(en).doesNotContain("办件编号");
    }

    @Test
    void embedsOnlyASubsetOfTheFont() throws IOException {
        byte[] pdf = PRINTER.render(ReceiptSamples.acceptance(), ReceiptLanguage.ZH_CN);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            List<PDFont> fonts = new ArrayList<>();
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+.*");
            });
        }
        // The whole face is about 5 MB; the subset of one receipt is a few dozen kB.
        assertThat(pdf.length).isLessThan(200_000);
    }

    @Test
    void theRenderedHeaderIsNotBlank() throws IOException {
        for (ReceiptContent content : List.of(ReceiptSamples.acceptance(), ReceiptSamples.noticeWithTwoPromised())) {
            BufferedImage page = render(PRINTER.render(content, ReceiptLanguage.ZH_CN));
            // The top quarter: issuer line, title, the case number box.
            double header = darkFraction(page, 0, page.getHeight() / 4);
            assertThat(header).as("dark pixels in the header of %s", content.kind()).isBetween(0.02, 0.5);
            // The title line itself, centred: 受理回执 / 一次性告知书 drawn as glyphs, not left empty.
            double title = darkFraction(page, page.getHeight() * 6 / 100, page.getHeight() * 11 / 100);
            assertThat(title).isGreaterThan(0.02);
        }
    }

    @Test
    void aLongChecklistIsSetSmallerToStayOnOnePage() throws IOException {
        ReceiptContent receipt = withMaterials(ReceiptSamples.acceptance(), 12);
        byte[] pdf = PRINTER.render(receipt, ReceiptLanguage.ZH_CN);
        ReceiptSamples.save("twelve-materials-zh-CN", pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = squeezed(new PDFTextStripper().getText(document));
            receipt.materials().forEach(m -> assertThat(text).contains(squeezed(m.name())));
        }
    }

    @Test
    void anOverlongChecklistRunsOnToASecondPageWithTheFooterOnEach() throws IOException {
        ReceiptContent receipt = withMaterials(ReceiptSamples.acceptance(), 40);
        byte[] pdf = PRINTER.render(receipt, ReceiptLanguage.ZH_CN);
        ReceiptSamples.save("forty-materials-zh-CN", pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            String code = ReceiptFingerprint.shortForm(ReceiptFingerprint.of(receipt));
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = squeezed(stripper.getText(document));
                assertThat(text).contains(code, "第" + page + "页，共" + document.getNumberOfPages() + "页");
                if (page > 1) {
                    // A loose second sheet still says which case it belongs to, and the table its columns.
                    assertThat(text).contains("受理回执（续）·办件编号" + receipt.caseNumber(), "序号材料名称情况");
                }
            }
            String all = squeezed(new PDFTextStripper().getText(document));
            receipt.materials().forEach(m -> assertThat(all).contains(squeezed(m.name())));
        }
    }

    @Test
    void aCharacterTheFontLacksIsPrintedAsAPlaceholderAndControlCharactersAsSpaces() throws IOException {
        ReceiptContent base = ReceiptSamples.acceptance();
        List<Material> materials = new ArrayList<>(base.materials());
        materials.add(Material.received("𠀀姓氏证明\t（复印件）"));
        ReceiptContent receipt = copy(base, materials);
        String text = text(PRINTER.render(receipt, ReceiptLanguage.ZH_CN));
        assertThat(text).contains("〓姓氏证明 （复印件）");
    }

    @Test
    void aRefusalAndACaseWaitingForMaterialsPrintTheirOwnWords() throws IOException {
        ReceiptContent base = ReceiptSamples.noticeWithTwoPromised();
        ReceiptContent refused = new ReceiptContent(base.receiptId(), base.caseNumber(), base.item(), base.department(),
                ReceiptContent.Outcome.REFUSED, "申请人未达到法定退休年龄", List.of(Material.received("居民身份证")),
                null, null, base.kiosk(), base.expertName(), null, base.issuedAt());
        String text = squeezed(text(PRINTER.render(refused, ReceiptLanguage.ZH_CN)));
        assertThat(text).contains("一次性告知书", "不予受理", "申请人未达到法定退休年龄", "受理之后开始计算办理时限");

        ReceiptContent waiting = new ReceiptContent(base.receiptId(), base.caseNumber(), base.item(), base.department(),
                ReceiptContent.Outcome.MATERIALS_REQUIRED, null,
                List.of(Material.received("居民身份证"), Material.missing("职工人事档案"), Material.missing("解除劳动合同证明")),
                base.timeLimit(), null, base.kiosk(), base.expertName(), null, base.issuedAt());
        String en = squeezed(text(PRINTER.render(waiting, ReceiptLanguage.EN)));
        assertThat(en).contains("Notacceptedyet.2material(s)aremissing", "Missing:pleasebringit", "职工人事档案",
                "Thetimelimitrunsfromthedaythecaseisaccepted");
    }

    @Test
    void withoutAFontEveryReceiptIsRefusedWithTheReason() {
        ReceiptFontUnavailable why = new ReceiptFontUnavailable("no usable CJK font for receipts: set window.receipt.font");
        ReceiptPdf printer = ReceiptPdf.unavailable(why);
        assertThat(printer.available()).isFalse();
        assertThatThrownBy(() -> printer.render(ReceiptSamples.acceptance(), ReceiptLanguage.ZH_CN))
                .isInstanceOf(ReceiptFontUnavailable.class)
                .hasMessageContaining("window.receipt.font");
    }

    private static ReceiptContent withMaterials(ReceiptContent base, int count) {
        List<Material> materials = IntStream.rangeClosed(1, count)
                .mapToObj(i -> i % 5 == 0
                        ? new Material("补充材料第" + i + "项（原件及复印件各一份，需加盖单位公章）", ReceiptContent.MaterialStatus.RECEIVED,
                                null, "核验原件后退还")
                        : Material.received("补充材料第" + i + "项"))
                .toList();
        return copy(base, materials);
    }

    private static ReceiptContent copy(ReceiptContent base, List<Material> materials) {
        return new ReceiptContent(base.receiptId(), base.caseNumber(), base.item(), base.department(), base.outcome(),
                base.reason(), materials, base.timeLimit(), base.delivery(), base.kiosk(), base.expertName(),
                base.citizenName(), base.issuedAt());
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static BufferedImage render(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(0, 72);
        }
    }

    /** Share of pixels darker than mid-grey in rows [from, to). */
    private static double darkFraction(BufferedImage image, int from, int to) {
        long dark = 0;
        for (int y = from; y < to; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int luminance = (((rgb >> 16) & 0xFF) * 299 + ((rgb >> 8) & 0xFF) * 587 + (rgb & 0xFF) * 114) / 1000;
                if (luminance < 128) {
                    dark++;
                }
            }
        }
        return (double) dark / ((long) (to - from) * image.getWidth());
    }

    /** Text without any whitespace: a line broken inside a name still matches. */
    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }
}
