package cn.remotewindow.signaling.api.audit;

import cn.remotewindow.signaling.api.admin.AdminRefused;
import org.springframework.http.HttpStatus;

/**
 * Which page of the audit log to read: {@code from} (a sequence number, 1 = the first entry;
 * absent = the newest page) and {@code limit} (1 to {@value #MAX_LIMIT}, default
 * {@value #DEFAULT_LIMIT}). Parsed here so that a bad value answers 400 {@code BAD_QUERY} in words.
 */
public record AuditQuery(Long from, int limit) {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    public static AuditQuery parse(String from, String limit) {
        Long start = from == null || from.isBlank() ? null : number("from", from, 1, Long.MAX_VALUE);
        long size = limit == null || limit.isBlank() ? DEFAULT_LIMIT : number("limit", limit, 1, MAX_LIMIT);
        return new AuditQuery(start, (int) size);
    }

    private static long number(String name, String text, long min, long max) {
        long value;
        try {
            value = Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw badQuery(name, min, max);
        }
        if (value < min || value > max) {
            throw badQuery(name, min, max);
        }
        return value;
    }

    private static AdminRefused badQuery(String name, long min, long max) {
        String range = max == Long.MAX_VALUE ? "a whole number from " + min : "a whole number from " + min + " to " + max;
        return new AdminRefused(HttpStatus.BAD_REQUEST, "BAD_QUERY", "'" + name + "' must be " + range + ".");
    }

    /** As recorded in the audit entry of the read. */
    String asText() {
        return (from == null ? "latest" : "from=" + from) + " limit=" + limit;
    }
}
