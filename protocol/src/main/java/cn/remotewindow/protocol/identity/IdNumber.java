package cn.remotewindow.protocol.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A resident identity number (公民身份号码) as GB 11643-1999 defines it: 6-digit address code,
 * 8-digit birth date, 3-digit order code (odd for men, even for women) and an ISO 7064 MOD 11-2
 * check character (0-9 or X). Instances are valid by construction; {@link #parse} says what is wrong.
 */
public final class IdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();

    private final String value;
    private final LocalDate birthDate;

    private IdNumber(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /** Why a text is not a valid number, or empty when it is. */
    public enum Problem {
        WRONG_LENGTH, NOT_DIGITS, BAD_BIRTH_DATE, BAD_CHECK_DIGIT
    }

    public static final class InvalidIdNumberException extends IllegalArgumentException {
        private final Problem problem;

        InvalidIdNumberException(Problem problem) {
            super("not a valid resident identity number: " + problem);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    /** @throws InvalidIdNumberException naming the first problem found; the number itself is never in the message */
    public static IdNumber parse(String text) {
        if (text == null || text.length() != 18) {
            throw new InvalidIdNumberException(Problem.WRONG_LENGTH);
        }
        String upper = text.toUpperCase();
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(upper.charAt(i)) || upper.charAt(i) > '9') {
                throw new InvalidIdNumberException(Problem.NOT_DIGITS);
            }
        }
        char last = upper.charAt(17);
        if (!(last >= '0' && last <= '9') && last != 'X') {
            throw new InvalidIdNumberException(Problem.NOT_DIGITS);
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(upper.substring(6, 10)), Integer.parseInt(upper.substring(10, 12)),
                    Integer.parseInt(upper.substring(12, 14)));
        } catch (DateTimeException e) {
            throw new InvalidIdNumberException(Problem.BAD_BIRTH_DATE);
        }
        if (birth.getYear() < 1900) {
            throw new InvalidIdNumberException(Problem.BAD_BIRTH_DATE);
        }
        if (checkCharacter(upper) != last) {
            throw new InvalidIdNumberException(Problem.BAD_CHECK_DIGIT);
        }
        return new IdNumber(upper, birth);
    }

    public static Optional<Problem> problemOf(String text) {
        try {
            parse(text);
            return Optional.empty();
        } catch (InvalidIdNumberException e) {
            return Optional.of(e.problem());
        }
    }

    /** The check character for the first 17 digits of {@code digits}. */
    public static char checkCharacter(String digits) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** The full number: for encryption and comparison only, never for display or logs. */
    public String value() {
        return value;
    }

    /** For display: the first three and the last four characters, e.g. 110***********0034. */
    public String masked() {
        return value.substring(0, 3) + "*".repeat(11) + value.substring(14);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IdNumber that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Masked: an ID number must not reach a log through toString. */
    @Override
    public String toString() {
        return masked();
    }
}
