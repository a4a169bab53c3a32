package cn.remotewindow.protocol.message;

/** The expert's decision on an uploaded document picture. */
public enum DocumentDecision {
    ACCEPT,
    REJECT
}
