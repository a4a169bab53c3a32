package cn.remotewindow.signaling.record.search;

import java.time.LocalDate;

/**
 * What the auditors' verification list is filtered by; null (or blank) = any. Dates are days in the
 * service's time zone, inclusive, on when the verification was started.
 *
 * @param result the expert's decision (PASS, FAIL), or the machine verdict (PASS, FAIL,
 *               NEEDS_REVIEW) while there is no decision, or {@code NONE} for neither
 */
public record VerificationFilter(LocalDate from, LocalDate to, String district, String kioskId, String expertId,
                                 String itemCode, String result, String caseNumber) {

    public static VerificationFilter any() {
        return new VerificationFilter(null, null, null, null, null, null, null, null);
    }
}
