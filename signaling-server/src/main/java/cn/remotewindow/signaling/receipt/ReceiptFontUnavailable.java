package cn.remotewindow.signaling.receipt;

/**
 * No font a receipt can be printed in: the configured file is absent, unreadable or unsuitable
 * (CFF outlines, no CJK glyphs), or nothing was found where fonts usually are. The message says
 * which file and what to do; it is safe to show an operator.
 */
public class ReceiptFontUnavailable extends IllegalStateException {

    public ReceiptFontUnavailable(String message) {
        super(message);
    }
}
