package cn.remotewindow.kiosk.agent;

import java.io.IOException;

/** Where the receipt (受理回执 / 一次性告知书, a PDF from the server) goes once the citizen has signed. */
public interface ReceiptPrinter {

    /**
     * Prints the receipt, or hands it to whatever stands in for a printer. Blocking; called on a
     * worker thread.
     *
     * @param name a file name for it without directories, e.g. {@code receipt-<closingId>.pdf}
     * @throws IOException when it could not be printed (the citizen is told the staff will give one)
     */
    void print(byte[] pdf, String name) throws IOException;
}
