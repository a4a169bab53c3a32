package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.ErrorCode;
import cn.remotewindow.protocol.Fields;
import cn.remotewindow.protocol.ProtocolException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A document the citizen still has to bring (容缺受理), and optionally by when.
 *
 * @param dueDate a calendar date, {@code YYYY-MM-DD}; kept as text so that the wire value is exactly what was sent
 */
public record MissingDocument(String name, String dueDate) {

    public static final int MAX_NAME = 100;

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public MissingDocument {
        Fields.nonBlank(name, "missingDocuments[].name", MAX_NAME);
        if (dueDate != null && !isDate(dueDate)) {
            throw new ProtocolException(ErrorCode.INVALID_FIELD,
                    "'missingDocuments[].dueDate' must be a date written YYYY-MM-DD");
        }
    }

    private static boolean isDate(String text) {
        if (!DATE.matcher(text).matches()) {
            return false;
        }
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
