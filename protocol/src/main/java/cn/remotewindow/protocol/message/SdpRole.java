package cn.remotewindow.protocol.message;

/**
 * A party's part in negotiation. The OFFERER (the kiosk) sends the first offer and is the impolite
 * peer when both offer at once; the ANSWERER (the expert) is the polite peer and rolls back.
 */
public enum SdpRole {
    OFFERER,
    ANSWERER
}
