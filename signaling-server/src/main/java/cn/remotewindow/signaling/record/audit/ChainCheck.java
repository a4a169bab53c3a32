package cn.remotewindow.signaling.record.audit;

import java.util.Optional;

/**
 * The result of checking the audit chain: intact, or the first entry where it breaks and how.
 *
 * @param checked    how many entries were checked
 * @param brokenAt   sequence number of the first bad entry, if any
 * @param problem    what is wrong there: its own hash does not match its content, its link to
 *                   the entry before does not match, a sequence number is missing, or (stores that
 *                   keep the records themselves) the record the entry vouches for was changed or removed
 */
public record ChainCheck(long checked, Long brokenAt, Problem problem) {

    public enum Problem {
        CONTENT_ALTERED, LINK_BROKEN, SEQUENCE_GAP,
        /** The entry is intact but the stored record it vouches for no longer matches its hash. */
        RECORD_ALTERED,
        /** The entry vouches for a stored record that is no longer there. */
        RECORD_MISSING
    }

    public static ChainCheck intact(long checked) {
        return new ChainCheck(checked, null, null);
    }

    public boolean isIntact() {
        return brokenAt == null;
    }

    public Optional<Long> firstBrokenEntry() {
        return Optional.ofNullable(brokenAt);
    }

    /** Checks entries in sequence order, from the first one; stops at the first break. */
    public static ChainCheck of(Iterable<AuditEntry> inOrder) {
        String previous = AuditHashes.GENESIS;
        long expected = 1;
        long checked = 0;
        for (AuditEntry entry : inOrder) {
            if (entry.sequence() != expected) {
                return new ChainCheck(checked, expected, Problem.SEQUENCE_GAP);
            }
            if (!AuditHashes.of(entry).equals(entry.hash())) {
                return new ChainCheck(checked, entry.sequence(), Problem.CONTENT_ALTERED);
            }
            if (!entry.previousHash().equals(previous)) {
                return new ChainCheck(checked, entry.sequence(), Problem.LINK_BROKEN);
            }
            previous = entry.hash();
            expected++;
            checked++;
        }
        return intact(checked);
    }
}
