package cn.remotewindow.kiosk.agent;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import javax.print.Doc;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.SimpleDoc;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.standard.JobName;

/**
 * Sends the receipt PDF to the printer of this name through {@code javax.print} (the system's print
 * services, e.g. CUPS). The printer must take PDF as it is (most kiosk receipt and office printers
 * behind CUPS do); one that does not is reported as a print failure, and the staff hand the
 * citizen the receipt instead.
 */
public final class NamedReceiptPrinter implements ReceiptPrinter {

    private static final DocFlavor PDF = DocFlavor.INPUT_STREAM.PDF;
    private static final DocFlavor AUTO = DocFlavor.INPUT_STREAM.AUTOSENSE;

    private final String printerName;

    public NamedReceiptPrinter(String printerName) {
        this.printerName = printerName;
    }

    /** The printer of this name, looked up each time (printers come and go). */
    Optional<PrintService> service() {
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                .filter(service -> service.getName().equals(printerName))
                .findFirst();
    }

    @Override
    public void print(byte[] pdf, String name) throws IOException {
        PrintService service = service().orElseThrow(() -> new IOException("no printer named '" + printerName + "'"));
        DocFlavor flavor = service.isDocFlavorSupported(PDF) ? PDF
                : service.isDocFlavorSupported(AUTO) ? AUTO : null;
        if (flavor == null) {
            throw new IOException("printer '" + printerName + "' takes no PDF");
        }
        DocPrintJob job = service.createPrintJob();
        Doc doc = new SimpleDoc(new ByteArrayInputStream(pdf), flavor, null);
        HashPrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(new JobName(name, null));
        try {
            job.print(doc, attributes);
        } catch (PrintException e) {
            throw new IOException("printer '" + printerName + "' refused the receipt: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "NamedReceiptPrinter[" + printerName + "]";
    }
}
