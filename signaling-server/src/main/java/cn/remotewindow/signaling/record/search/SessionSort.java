package cn.remotewindow.signaling.record.search;

/** The columns the session list can be sorted by; ties go by session id so that paging is stable. */
public enum SessionSort {
    REQUESTED_AT("requested_at", false),
    WAIT("wait_ms", true),
    HANDLE("handle_ms", true),
    DISTRICT("district", true),
    KIOSK("kiosk_id", false),
    EXPERT("expert_id", true),
    OUTCOME("outcome", true);

    private final String column;
    private final boolean nullable;

    SessionSort(String column, boolean nullable) {
        this.column = column;
        this.nullable = nullable;
    }

    boolean nullable() {
        return nullable;
    }

    String column() {
        return column;
    }
}
