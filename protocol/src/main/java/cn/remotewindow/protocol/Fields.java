package cn.remotewindow.protocol;

import java.util.regex.Pattern;

/**
 * Checks used by the message records' constructors, so that a message that exists is a valid
 * message. Failures become MISSING_FIELD, FIELD_TOO_LONG or INVALID_FIELD answers.
 */
public final class Fields {

    /** Item, department, district, kiosk and expert codes. */
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private Fields() {
    }

    public static <T> T required(T value, String field) {
        if (value == null) {
            throw new ProtocolException(ErrorCode.MISSING_FIELD, "'" + field + "' is required");
        }
        return value;
    }

    public static String text(String value, String field, int maxLength) {
        required(value, field);
        return maxLength(value, field, maxLength);
    }

    public static String nonBlank(String value, String field, int maxLength) {
        text(value, field, maxLength);
        if (value.isBlank()) {
            throw new ProtocolException(ErrorCode.INVALID_FIELD, "'" + field + "' must not be blank");
        }
        return value;
    }

    public static String maxLength(String value, String field, int maxLength) {
        if (value != null && value.length() > maxLength) {
            throw new ProtocolException(ErrorCode.FIELD_TOO_LONG,
                    "'" + field + "' is longer than " + maxLength + " characters");
        }
        return value;
    }

    public static String optionalCode(String value, String field) {
        if (value == null) {
            return null;
        }
        maxLength(value, field, 64);
        if (!CODE.matcher(value).matches()) {
            throw new ProtocolException(ErrorCode.INVALID_FIELD,
                    "'" + field + "' must be 1-64 letters, digits, '.', '_' or '-'");
        }
        return value;
    }

    /** A calendar date written {@code YYYY-MM-DD}; kept as text so that the wire value is exactly what was sent. */
    public static String date(String value, String field) {
        required(value, field);
        boolean valid = DATE.matcher(value).matches();
        if (valid) {
            try {
                java.time.LocalDate.parse(value);
            } catch (java.time.DateTimeException e) {
                valid = false;
            }
        }
        if (!valid) {
            throw new ProtocolException(ErrorCode.INVALID_FIELD, "'" + field + "' must be a date written YYYY-MM-DD");
        }
        return value;
    }

    public static String code(String value, String field) {
        return optionalCode(required(value, field), field);
    }

    public static int range(Integer value, String field, int min, int max) {
        required(value, field);
        if (value < min || value > max) {
            throw new ProtocolException(ErrorCode.INVALID_FIELD,
                    "'" + field + "' must be between " + min + " and " + max);
        }
        return value;
    }
}
