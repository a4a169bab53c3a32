package cn.remotewindow.protocol.identity;

/** As printed on the resident ID card (性别). */
public enum Sex {
    MALE, FEMALE
}
