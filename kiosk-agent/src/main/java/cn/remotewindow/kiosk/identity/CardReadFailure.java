package cn.remotewindow.kiosk.identity;

import java.util.Objects;

/**
 * Why no card was read.
 *
 * @param detail for the log and the record, never personal data (e.g. "chip did not answer")
 */
public record CardReadFailure(Reason reason, String detail) implements IdCardReader.Result {

    public enum Reason {
        /** No card was placed within the timeout. */
        NO_CARD,
        /** A card was there, but its chip or photo could not be read. */
        UNREADABLE
    }

    public CardReadFailure {
        Objects.requireNonNull(reason, "reason");
        detail = detail == null ? "" : detail;
    }
}
