package cn.remotewindow.signaling.record.search;

/** The columns the session list can be sorted by; ties go by session id so that paging is stable. */
public enum SessionSort {
    REQUESTED_AT("requested_at"),
    WAIT("wait_ms"),
    HANDLE("handle_ms"),
    DISTRICT("district"),
    KIOSK("kiosk_id"),
    EXPERT("expert_id"),
    OUTCOME("outcome");

    private final String column;

    SessionSort(String column) {
        this.column = column;
    }

    String column() {
        return column;
    }
}
