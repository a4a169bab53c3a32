package cn.remotewindow.signaling.record.search;

import java.time.LocalDate;

/**
 * What the auditors' session list is filtered by; null (or blank) = any. Dates are calendar days in
 * the service's time zone, both inclusive, on the time the citizen asked.
 *
 * @param outcome            a {@code CaseOutcome} name, or {@code NONE} for sessions without one
 * @param verificationResult a decision ({@code PASS}/{@code FAIL}) or machine verdict, or {@code NONE}
 */
public record SessionFilter(LocalDate from, LocalDate to, String district, String kioskId, String expertId,
                            String departmentCode, String itemCode, String outcome, String verificationResult,
                            String caseNumber) {

    public static SessionFilter any() {
        return new SessionFilter(null, null, null, null, null, null, null, null, null, null);
    }

    /** The same filter, limited to one expert (what an expert may see of the list). */
    public SessionFilter servedBy(String expert) {
        return new SessionFilter(from, to, district, kioskId, expert, departmentCode, itemCode, outcome,
                verificationResult, caseNumber);
    }
}
