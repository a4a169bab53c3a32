package cn.remotewindow.signaling.api.audit;

import java.util.List;

/**
 * A page of the audit log, oldest first.
 *
 * @param from     the sequence number the page starts at
 * @param limit    the most entries a page holds
 * @param last     the newest entry's sequence number when the page was read: the entry recording
 *                 this very read
 * @param previous where the page before this one starts; null on the first page
 * @param next     where the page after this one starts; null when this page reaches the newest entry
 */
public record AuditPage(List<AuditEntryView> entries, long from, int limit, long last, Long previous, Long next) {
}
