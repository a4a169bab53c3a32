package cn.remotewindow.protocol;

/**
 * WebSocket close codes the server uses. 1000-1011 are RFC 6455 codes; 4000-4099 are ours.
 */
public enum CloseCode {
    NORMAL(1000, "normal closure"),
    GOING_AWAY(1001, "server shutting down; reconnect to another node"),
    MESSAGE_TOO_BIG(1009, "frame larger than the maximum frame size"),
    INTERNAL_ERROR(1011, "unexpected server condition"),
    IDLE_TIMEOUT(4000, "no traffic within the idle timeout (pongs count)"),
    AUTH_TIMEOUT(4001, "no 'auth' message within the authentication deadline"),
    AUTH_FAILED(4002, "the token was refused"),
    RATE_LIMIT_EXCEEDED(4008, "message flood: rate limit exceeded repeatedly"),
    SLOW_CONSUMER(4009, "outbound queue full: the client reads too slowly"),
    SUPERSEDED(4010, "the same identity connected again; this connection was replaced");

    private final int code;
    private final String reason;

    CloseCode(int code, String reason) {
        this.code = code;
        this.reason = reason;
    }

    public int code() {
        return code;
    }

    public String reason() {
        return reason;
    }
}
