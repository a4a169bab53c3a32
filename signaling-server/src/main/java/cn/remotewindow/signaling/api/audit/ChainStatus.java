package cn.remotewindow.signaling.api.audit;

import cn.remotewindow.signaling.record.audit.ChainCheck;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * The whole audit chain checked from its first entry: intact, or the first broken entry and what
 * is wrong there ({@link ChainCheck.Problem}; docs/records.md explains each).
 *
 * @param checked how many entries checked out before the break (all of them when intact)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChainStatus(boolean intact, long checked, Long brokenAt, ChainCheck.Problem problem, Instant checkedAt) {

    static ChainStatus of(ChainCheck check, Instant checkedAt) {
        return new ChainStatus(check.isIntact(), check.checked(), check.brokenAt(), check.problem(), checkedAt);
    }

    /** The outcome in the words of the audit entry that records this check. */
    String summary() {
        return intact ? "INTACT checked=" + checked
                : "BROKEN at=" + brokenAt + " problem=" + problem + " checked=" + checked;
    }
}
