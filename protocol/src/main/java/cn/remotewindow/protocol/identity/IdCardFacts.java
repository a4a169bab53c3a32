package cn.remotewindow.protocol.identity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the kiosk read from the chip of a resident ID card (二代身份证), without the photo (which
 * travels as an image). The kiosk sends it with the evidence; the server checks it again.
 *
 * @param validUntil null for a card valid for life (长期)
 */
public record IdCardFacts(String name, Sex sex, LocalDate birthDate, String idNumber, LocalDate validFrom,
                          LocalDate validUntil) {

    public static final int MAX_NAME = 30;

    /** Every problem of this card on {@code today}; empty when it can be used. */
    public List<CardProblem> problems(LocalDate today) {
        List<CardProblem> problems = new ArrayList<>();
        if (name == null || name.isBlank() || name.length() > MAX_NAME || sex == null || birthDate == null
                || validFrom == null) {
            problems.add(CardProblem.INCOMPLETE);
        }
        IdNumber number = null;
        try {
            number = IdNumber.parse(idNumber);
        } catch (IdNumber.InvalidIdNumberException e) {
            problems.add(CardProblem.ID_NUMBER_INVALID);
        }
        if (number != null && birthDate != null && !number.birthDate().equals(birthDate)) {
            problems.add(CardProblem.BIRTH_DATE_MISMATCH);
        }
        if (number != null && sex != null && number.sex() != sex) {
            problems.add(CardProblem.SEX_MISMATCH);
        }
        if (validUntil != null && validUntil.isBefore(today)) {
            problems.add(CardProblem.EXPIRED);
        }
        if (validFrom != null && validFrom.isAfter(today)) {
            problems.add(CardProblem.NOT_YET_VALID);
        }
        return List.copyOf(problems);
    }

    /** Masked: ID data must not reach a log through toString. */
    @Override
    public String toString() {
        String masked = IdNumber.problemOf(idNumber).isEmpty() ? IdNumber.parse(idNumber).masked() : "(invalid)";
        return "IdCardFacts[" + masked + ", validUntil=" + (validUntil == null ? "长期" : validUntil) + "]";
    }
}
