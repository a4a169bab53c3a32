package cn.remotewindow.signaling.api.admin;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The query parameters that {@link AdminQuery} reads, declared for the OpenAPI document: the admin
 * lists take them as one {@code MultiValueMap} (hidden from the document) so that AdminQuery can
 * refuse what it cannot read with BAD_QUERY; these meta-annotations, put on the handler methods,
 * name each of them (springdoc finds the {@code @Parameter}s through the annotation). Only the
 * document: the names, defaults and limits are AdminQuery's, PageRequest's and SessionSort's, and
 * docs/http-api.md says the same.
 */
public final class AdminQueryParameters {

    private static final String DAY = " (yyyy-MM-dd, inclusive, in the service's time zone)";
    private static final String DISTRICT = "District of the kiosk, exact match.";
    private static final String KIOSK = "Kiosk id, exact match.";
    private static final String ITEM = "Service item code, exact match.";
    private static final String CASE = "Case number (办件编号), exact match.";

    private AdminQueryParameters() {
    }

    /** The session filters: the session list, its export and the statistics. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @Parameter(in = ParameterIn.QUERY, name = "from",
            description = "Earliest day the session was requested" + DAY + ".",
            schema = @Schema(type = "string", format = "date", example = "2026-11-01"))
    @Parameter(in = ParameterIn.QUERY, name = "to",
            description = "Latest day the session was requested" + DAY + "; not before 'from'.",
            schema = @Schema(type = "string", format = "date", example = "2026-11-30"))
    @Parameter(in = ParameterIn.QUERY, name = "district", description = DISTRICT,
            schema = @Schema(type = "string", maxLength = 100))
    @Parameter(in = ParameterIn.QUERY, name = "kiosk", description = KIOSK,
            schema = @Schema(type = "string", maxLength = 100))
    @Parameter(in = ParameterIn.QUERY, name = "expert",
            description = "Expert id: the sessions this expert served (alone or with others).",
            schema = @Schema(type = "string", maxLength = 100))
    @Parameter(in = ParameterIn.QUERY, name = "department", description = "Department code, exact match.",
            schema = @Schema(type = "string", maxLength = 100))
    @Parameter(in = ParameterIn.QUERY, name = "item", description = ITEM,
            schema = @Schema(type = "string", maxLength = 100))
    @Parameter(in = ParameterIn.QUERY, name = "case", description = CASE,
            schema = @Schema(type = "string", maxLength = 100))
    @Parameter(in = ParameterIn.QUERY, name = "outcome",
            description = "The session's case outcome; NONE: sessions without one.",
            schema = @Schema(type = "string", allowableValues = {"COMPLETED", "ACCEPTED", "ACCEPTED_PENDING_DOCUMENTS",
                    "REJECTED", "TRANSFERRED", "NONE"}))
    @Parameter(in = ParameterIn.QUERY, name = "verification",
            description = "The result of the session's latest identity verification; NONE: none.",
            schema = @Schema(type = "string", allowableValues = {"PASS", "FAIL", "NEEDS_REVIEW", "NONE"}))
    public @interface SessionFilters {
    }

    /** The verification filters: the verification list and its export. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @Parameter(in = ParameterIn.QUERY, name = "from",
            description = "Earliest day the verification started" + DAY + ".",
            schema = @Schema(type = "string", format = "date", example = "2026-11-01"))
    @Parameter(in = ParameterIn.QUERY, name = "to",
            description = "Latest day the verification started" + DAY + "; not before 'from'.",
            schema = @Schema(type = "string", format = "date", example = "2026-11-30"))
    @Parameter(in = ParameterIn.QUERY, name = "district", description = DISTRICT,
            schema = @Schema(type = "string", maxLength = 100))
    @Parameter(in = ParameterIn.QUERY, name = "kiosk", description = KIOSK,
            schema = @Schema(type = "string", maxLength = 100))
    @Parameter(in = ParameterIn.QUERY, name = "expert", description = "Expert id of the verification, exact match.",
            schema = @Schema(type = "string", maxLength = 100))
    @Parameter(in = ParameterIn.QUERY, name = "item", description = ITEM,
            schema = @Schema(type = "string", maxLength = 100))
    @Parameter(in = ParameterIn.QUERY, name = "case", description = CASE,
            schema = @Schema(type = "string", maxLength = 100))
    @Parameter(in = ParameterIn.QUERY, name = "result",
            description = "The expert's decision, else the machine verdict; NONE: neither.",
            schema = @Schema(type = "string", allowableValues = {"PASS", "FAIL", "NEEDS_REVIEW", "NONE"}))
    public @interface VerificationFilters {
    }

    /** Paging: both lists. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @Parameter(in = ParameterIn.QUERY, name = "page", description = "Page number, from 0.",
            schema = @Schema(type = "integer", format = "int32", minimum = "0", defaultValue = "0"))
    @Parameter(in = ParameterIn.QUERY, name = "size", description = "Rows per page, 1 to 500.",
            schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "500", defaultValue = "50"))
    public @interface Paging {
    }

    /** Sorting: the session list only (verifications are always newest first). */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @Parameter(in = ParameterIn.QUERY, name = "sort",
            description = "Column to sort by (case-insensitive); ties go by session id.",
            schema = @Schema(type = "string", allowableValues = {"requested_at", "wait", "handle", "district", "kiosk",
                    "expert", "outcome"}, defaultValue = "requested_at"))
    @Parameter(in = ParameterIn.QUERY, name = "order", description = "Sort order: desc (newest or largest first) or asc.",
            schema = @Schema(type = "string", allowableValues = {"desc", "asc"}, defaultValue = "desc"))
    public @interface SessionSorting {
    }

    /** The language of a CSV export's headers. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @Parameter(in = ParameterIn.QUERY, name = "lang", description = "'en' for English column headers; otherwise Chinese.",
            schema = @Schema(type = "string", example = "en"))
    public @interface CsvLanguage {
    }
}
