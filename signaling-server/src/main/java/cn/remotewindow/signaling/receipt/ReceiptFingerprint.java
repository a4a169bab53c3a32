package cn.remotewindow.signaling.receipt;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a receipt's content, so that a printed receipt can be matched to the record it
 * came from: the issuer stores {@link #of} with the record, the paper shows {@link #shortForm}.
 * It is taken over the content, not the PDF bytes, so the zh-CN and the English print of one
 * receipt carry the same code, and re-rendering later (another font, another library) keeps it.
 *
 * <p>The canonical form is every field in declaration order, each as its length in UTF-16 units,
 * a colon and its text ({@code -} for absent), so no value can run into the next. Changing it
 * changes every code: bump {@link #VERSION} then.
 */
public final class ReceiptFingerprint {

    /** Leads the canonical form; part of what is hashed. */
    public static final String VERSION = "receipt-v1";

    private ReceiptFingerprint() {
    }

    /** Lower-case hex SHA-256 of the canonical form. */
    public static String of(ReceiptContent content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical(content).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The first 64 bits of {@link #of}, upper case, in groups of four: easy to read out on the phone. */
    public static String shortForm(String fingerprint) {
        String head = fingerprint.substring(0, 16).toUpperCase();
        return String.join("-", head.substring(0, 4), head.substring(4, 8), head.substring(8, 12), head.substring(12, 16));
    }

    static String canonical(ReceiptContent c) {
        StringBuilder out = new StringBuilder(VERSION);
        field(out, c.receiptId());
        field(out, c.caseNumber());
        field(out, c.item().name());
        field(out, c.item().code());
        field(out, c.department().name());
        field(out, c.department().code());
        field(out, c.department().enquiryPhone());
        field(out, c.outcome().name());
        field(out, c.reason());
        field(out, Integer.toString(c.materials().size()));
        for (ReceiptContent.Material m : c.materials()) {
            field(out, m.name());
            field(out, m.status().name());
            field(out, m.promisedBy() == null ? null : m.promisedBy().toString());
            field(out, m.note());
        }
        ReceiptContent.TimeLimit limit = c.timeLimit();
        field(out, limit == null ? null : limit.promisedWorkingDays() + "/" + limit.legalWorkingDays() + "/" + limit.dueBy());
        ReceiptContent.Delivery delivery = c.delivery();
        field(out, delivery == null ? null : delivery.method().name());
        field(out, delivery == null ? null : delivery.place());
        field(out, delivery == null ? null : delivery.address());
        field(out, delivery == null ? null : delivery.hours());
        field(out, c.kiosk().id());
        field(out, c.kiosk().name());
        field(out, c.kiosk().district());
        field(out, c.expertName());
        field(out, c.citizenName());
        // The instant, not the zone's rendering of it: the same moment hashes the same.
        field(out, c.issuedAt().toInstant().toString());
        return out.toString();
    }

    private static void field(StringBuilder out, String value) {
        out.append('|');
        if (value == null) {
            out.append('-');
        } else {
            out.append(value.length()).append(':').append(value);
        }
    }
}
