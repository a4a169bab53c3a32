package cn.remotewindow.signaling.casefile;

import cn.remotewindow.signaling.receipt.ReceiptContent;
import java.time.ZonedDateTime;

/**
 * What the receipt will say, checked when the summary is made (so that the expert hears of an
 * inconsistent story, not the citizen); it is issued when the citizen signs.
 */
public record ReceiptDraft(ReceiptContent provisional) {

    public ReceiptContent issuedAt(ZonedDateTime at) {
        return provisional.issuedAt(at);
    }
}
