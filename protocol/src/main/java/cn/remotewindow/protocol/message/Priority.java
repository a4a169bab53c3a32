package cn.remotewindow.protocol.message;

/** Priority class of a service request. GREEN_CHANNEL (绿色通道) is served before NORMAL. */
public enum Priority {
    NORMAL,
    GREEN_CHANNEL
}
