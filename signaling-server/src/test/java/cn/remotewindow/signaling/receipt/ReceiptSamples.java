package cn.remotewindow.signaling.receipt;

import cn.remotewindow.signaling.receipt.ReceiptContent.Delivery;
import cn.remotewindow.signaling.receipt.ReceiptContent.DeliveryMethod;
import cn.remotewindow.signaling.receipt.ReceiptContent.Department;
import cn.remotewindow.signaling.receipt.ReceiptContent.Item;
import cn.remotewindow.signaling.receipt.ReceiptContent.Kiosk;
import cn.remotewindow.signaling.receipt.ReceiptContent.Material;
import cn.remotewindow.signaling.receipt.ReceiptContent.Outcome;
import cn.remotewindow.signaling.receipt.ReceiptContent.TimeLimit;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Sample receipts of the demo city (新乡市), and a main that prints them: a 受理回执 and a
 * 一次性告知书 with two materials promised under 容缺, in zh-CN and English, as
 * {@code target/receipts/*.pdf} and the page renders {@code *.png} beside them. Run from
 * signaling-server: {@code mvn -o surefire:test -Dtest=ReceiptPdfTest} writes them too.
 */
public final class ReceiptSamples {

    static final ZonedDateTime ISSUED = ZonedDateTime.of(2026, 12, 7, 10, 24, 0, 0, ZoneId.of("Asia/Shanghai"));
    static final Path OUT = Path.of("target", "receipts");

    private ReceiptSamples() {
    }

    /** 二手房 transfer registration, every material received: a 受理回执. */
    public static ReceiptContent acceptance() {
        return new ReceiptContent("RC-20261207-000481", "410702-2026-000123",
                new Item("不动产转移登记（二手房买卖）", "MNR-BDCDJ"),
                new Department("新乡市自然资源和规划局", "MNR", "0373-12345"),
                Outcome.ACCEPTED, null,
                List.of(Material.received("不动产登记申请书"),
                        Material.received("买卖双方身份证明"),
                        Material.received("不动产权证书"),
                        new Material("存量房买卖合同", ReceiptContent.MaterialStatus.RECEIVED, null, "网签备案版，原件 1 份"),
                        Material.received("契税完税凭证"),
                        Material.notApplicable("授权委托书及受托人身份证明")),
                new TimeLimit(3, 30, LocalDate.of(2026, 12, 10)),
                new Delivery(DeliveryMethod.COLLECT_AT_CENTRE, "红旗区政务服务中心 属地出件窗口",
                        "新乡市红旗区新二街与劳动路交叉口东南角", "工作日 9:00–12:00，13:00–17:00"),
                new Kiosk("kiosk-hongqi-01", "红旗区政务服务中心 1号自助终端", "红旗区"),
                "王芳", ReceiptContent.maskName("李建国"), ISSUED);
    }

    /** Retirement approval accepted under 容缺, two materials to follow: a 一次性告知书. */
    public static ReceiptContent noticeWithTwoPromised() {
        return new ReceiptContent("RC-20261207-000482", "410702-2026-000124",
                new Item("职工正常退休（职）申请", "HRSS-TXSP"),
                new Department("新乡市人力资源和社会保障局", "HRSS", "0373-12333"),
                Outcome.ACCEPTED_PENDING_MATERIALS, null,
                List.of(Material.received("居民身份证"),
                        Material.received("居民户口簿"),
                        new Material("职工人事档案", ReceiptContent.MaterialStatus.PROMISED, LocalDate.of(2026, 12, 14),
                                "由原工作单位调取"),
                        Material.promised("解除或终止劳动合同证明", LocalDate.of(2026, 12, 18)),
                        Material.notApplicable("特殊工种退休审批表")),
                new TimeLimit(5, 20, LocalDate.of(2026, 12, 14)),
                new Delivery(DeliveryMethod.POST, "卫滨区政务服务中心", null, null),
                new Kiosk("kiosk-weibin-01", "卫滨区政务服务中心 1号自助终端", "卫滨区"),
                "刘洋", "王*", ISSUED.plusMinutes(47));
    }

    /** Writes every sample in both languages; returns the PDFs written. */
    public static List<Path> write(ReceiptPdf printer) throws IOException {
        List<Path> written = new java.util.ArrayList<>();
        for (var sample : List.of(new Named("acceptance", acceptance()), new Named("notice", noticeWithTwoPromised()))) {
            for (ReceiptLanguage language : ReceiptLanguage.values()) {
                String base = sample.name() + "-" + language.locale().toLanguageTag();
                written.add(save(base, printer.render(sample.content(), language)));
            }
        }
        return written;
    }

    /** Writes {@code base.pdf} and a render of each page beside it ({@code base.png}, {@code base-2.png} ...). */
    static Path save(String base, byte[] pdf) throws IOException {
        Files.createDirectories(OUT);
        Path file = OUT.resolve(base + ".pdf");
        Files.write(file, pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                BufferedImage page = renderer.renderImageWithDPI(i, 110);
                ImageIO.write(page, "png", OUT.resolve(base + (i == 0 ? "" : "-" + (i + 1)) + ".png").toFile());
            }
        }
        return file;
    }

    private record Named(String name, ReceiptContent content) {
    }

    public static void main(String[] args) throws IOException {
        ReceiptPdf printer = ReceiptPdf.withFont(ReceiptFont.locate(args.length > 0 ? args[0] : ""));
        for (Path file : write(printer)) {
            System.out.println(file.toAbsolutePath());
        }
    }
}
