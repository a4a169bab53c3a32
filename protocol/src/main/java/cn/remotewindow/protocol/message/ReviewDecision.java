package cn.remotewindow.protocol.message;

/** The expert's own decision, which is the one that counts. */
public enum ReviewDecision {
    PASS,
    FAIL
}
