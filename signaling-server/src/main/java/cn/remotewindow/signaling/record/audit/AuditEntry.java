package cn.remotewindow.signaling.record.audit;

import java.time.Instant;

/**
 * One entry of the append-only audit log. {@code hash} is the SHA-256 of this entry's content
 * together with {@code previousHash}, the hash of the entry before it: changing, removing or
 * reordering any entry breaks every link after it ({@link ChainCheck}).
 *
 * @param sequence     1, 2, 3, ... without gaps
 * @param actor        who did it, e.g. {@code EXPERT:zhangwei}, {@code KIOSK:kiosk-hongqi-01}, {@code SYSTEM}
 * @param action       what, e.g. {@code VERIFICATION_REVIEWED}, {@code EVIDENCE_VIEWED}
 * @param subject      on what, e.g. a verification or session id
 * @param detail       a short text (JSON or plain), never personal data in clear
 * @param previousHash lower-case hex; {@link AuditHashes#GENESIS} for the first entry
 */
public record AuditEntry(long sequence, Instant at, String actor, String action, String subject, String detail,
                         String previousHash, String hash) {
}
