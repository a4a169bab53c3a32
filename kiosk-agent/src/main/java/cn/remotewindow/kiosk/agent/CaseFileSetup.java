package cn.remotewindow.kiosk.agent;

import cn.remotewindow.kiosk.config.KioskConfig;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How the kiosk takes part in the case file: where document pictures come from and where the
 * receipt is printed.
 *
 * @param documentFile an image file standing in for the document camera, or null
 * @param documentCamera the document camera's name, blank for the call's own camera
 * @param printer where the receipt goes
 * @param noticeTime how long a short notice (已收到, the receipt printed) stays before the call returns
 */
public record CaseFileSetup(Path documentFile, String documentCamera, ReceiptPrinter printer, Duration noticeTime) {

    /** The call's camera for documents, receipts written to ./receipts. */
    public static final CaseFileSetup DEFAULTS =
            new CaseFileSetup(null, "", new DirectoryReceiptPrinter(Path.of("receipts")), Duration.ofSeconds(3));

    public static CaseFileSetup configured(KioskConfig config) {
        KioskConfig.CaseFile caseFile = config.caseFile();
        ReceiptPrinter printer = caseFile.receiptPrinter() == null || caseFile.receiptPrinter().isBlank()
                ? new DirectoryReceiptPrinter(caseFile.receiptDirectory())
                : new NamedReceiptPrinter(caseFile.receiptPrinter());
        return new CaseFileSetup(caseFile.documentFile(), config.media().documentCamera(), printer,
                DEFAULTS.noticeTime());
    }
}
