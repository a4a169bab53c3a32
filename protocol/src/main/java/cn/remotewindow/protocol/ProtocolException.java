package cn.remotewindow.protocol;

/**
 * A frame or message that breaks the protocol. Carries the error code to answer with and the
 * correlation id of the offending envelope when it could be read.
 */
public final class ProtocolException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final String correlationId;

    public ProtocolException(ErrorCode code, String message, String correlationId) {
        super(message);
        this.code = code;
        this.correlationId = correlationId;
    }

    public ProtocolException(ErrorCode code, String message) {
        this(code, message, null);
    }

    public ErrorCode code() {
        return code;
    }

    public String correlationId() {
        return correlationId;
    }

    /** The same violation, now tied to the envelope it came from. */
    public ProtocolException withCorrelationId(String id) {
        return new ProtocolException(code, getMessage(), id);
    }
}
