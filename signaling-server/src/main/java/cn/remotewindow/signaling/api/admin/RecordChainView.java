package cn.remotewindow.signaling.api.admin;

import cn.remotewindow.signaling.record.audit.ChainCheck;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Whether a record's part of the audit chain is intact, for its detail page: how many entries
 * vouch for it and, when broken, the first bad entry and what is wrong there.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecordChainView(boolean intact, long entries, Long brokenAt, ChainCheck.Problem problem) {

    static RecordChainView of(ChainCheck check) {
        return new RecordChainView(check.isIntact(), check.checked(), check.brokenAt(), check.problem());
    }
}
