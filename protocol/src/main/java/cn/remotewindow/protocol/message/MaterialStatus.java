package cn.remotewindow.protocol.message;

/** Where one material of the item's checklist (申请材料) stands, as the expert marked it. */
public enum MaterialStatus {
    /** Not looked at yet. */
    UNMARKED,
    /** Received: shown at the kiosk, or captured and accepted as a document. */
    RECEIVED,
    /** Missing, accepted under 容缺: the citizen promises to bring it by a date. */
    PROMISED,
    /** Does not apply to this citizen's case. */
    NOT_APPLICABLE
}
