package cn.remotewindow.signaling.api.admin;

import cn.remotewindow.signaling.record.search.PageRequest;
import cn.remotewindow.signaling.record.search.SessionFilter;
import cn.remotewindow.signaling.record.search.SessionSort;
import cn.remotewindow.signaling.record.search.VerificationFilter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.util.MultiValueMap;

/**
 * The query string of the admin lists turned into filters and pages, refusing what it cannot
 * read with BAD_QUERY and words that say which parameter is wrong; and the same query as a stable
 * string for the audit entry of the read.
 */
final class AdminQuery {

    private final MultiValueMap<String, String> params;

    AdminQuery(MultiValueMap<String, String> params) {
        this.params = params;
    }

    SessionFilter sessions() {
        LocalDate from = date("from");
        LocalDate to = date("to");
        if (from != null && to != null && to.isBefore(from)) {
            throw AdminRefused.badQuery("'to' (" + to + ") is before 'from' (" + from + ").");
        }
        return new SessionFilter(from, to, text("district"), text("kiosk"), text("expert"), text("department"),
                text("item"), text("outcome"), text("verification"), text("case"));
    }

    VerificationFilter verifications() {
        LocalDate from = date("from");
        LocalDate to = date("to");
        if (from != null && to != null && to.isBefore(from)) {
            throw AdminRefused.badQuery("'to' (" + to + ") is before 'from' (" + from + ").");
        }
        return new VerificationFilter(from, to, text("district"), text("kiosk"), text("expert"), text("item"),
                text("result"), text("case"));
    }

    PageRequest page() {
        SessionSort sort = SessionSort.REQUESTED_AT;
        String sortName = text("sort");
        if (sortName != null) {
            try {
                sort = SessionSort.valueOf(sortName.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw AdminRefused.badQuery("'sort' must be one of requested_at, wait, handle, district, kiosk, expert, outcome.");
            }
        }
        String order = text("order");
        if (order != null && !order.equals("asc") && !order.equals("desc")) {
            throw AdminRefused.badQuery("'order' must be asc or desc.");
        }
        try {
            return new PageRequest(number("page", 0), number("size", 50), sort, !"asc".equals(order));
        } catch (IllegalArgumentException e) {
            throw AdminRefused.badQuery(e.getMessage() + ".");
        }
    }

    int number(String name, int otherwise) {
        String value = text(name);
        if (value == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw AdminRefused.badQuery("'" + name + "' must be a whole number, not '" + value + "'.");
        }
    }

    boolean english() {
        return "en".equals(text("lang"));
    }

    /** The query as the audit entry records it: parameters in name order. */
    String asText() {
        Map<String, String> sorted = new TreeMap<>();
        params.forEach((name, values) -> sorted.put(name, String.join(",", values)));
        return sorted.toString();
    }

    private String text(String name) {
        String value = params.getFirst(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > 100) {
            throw AdminRefused.badQuery("'" + name + "' is too long.");
        }
        return value.strip();
    }

    private LocalDate date(String name) {
        String value = text(name);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw AdminRefused.badQuery("'" + name + "' must be a date like 2026-11-22, not '" + value + "'.");
        }
    }
}
