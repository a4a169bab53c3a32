package cn.remotewindow.signaling.auth;

import cn.remotewindow.protocol.ErrorCode;

/** A signaling ticket that cannot open a connection: invalid, expired or already used. */
public final class TicketRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    public TicketRejectedException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
