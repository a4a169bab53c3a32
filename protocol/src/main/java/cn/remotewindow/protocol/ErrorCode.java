package cn.remotewindow.protocol;

/**
 * Every error the server can answer with. Clients show their own localised text chosen by code;
 * {@link #defaultMessage()} is the English text the server puts in {@code error.message}.
 */
public enum ErrorCode {
    MALFORMED_JSON("The frame is not a JSON object."),
    UNSUPPORTED_VERSION("The envelope version is not supported; send v=1."),
    UNKNOWN_TYPE("The message type is unknown."),
    MISSING_FIELD("A required field is missing."),
    INVALID_FIELD("A field has an invalid value."),
    FIELD_TOO_LONG("A field is longer than allowed."),
    NOT_AUTHENTICATED("Authenticate first: the first message must be 'auth'."),
    ALREADY_AUTHENTICATED("This connection is already authenticated."),
    TOKEN_INVALID("The token is not valid: bad signature, wrong audience or malformed."),
    TOKEN_EXPIRED("The token has expired; fetch a new signaling ticket."),
    TOKEN_REPLAYED("The token was already used; fetch a new signaling ticket."),
    ROLE_NOT_ALLOWED("Your role may not send this message."),
    NOT_IN_SESSION("No such session for you."),
    INVALID_STATE("The session is not in a state that allows this message."),
    ALREADY_IN_SESSION("This kiosk already has an open session; end or cancel it first."),
    NOT_OFFERER("The offerer of the pair (the kiosk; the lead expert toward a guest) makes the first offer; the other may offer only after it."),
    TARGET_UNAVAILABLE("No expert can take this: nobody with that skill is signed on, or the named expert is not available."),
    VERIFICATION_CLOSED("This identity verification is closed, cancelled or expired; start a new one."),
    RATE_LIMITED("Too many messages; this one was dropped. Slow down."),
    SERVICE_UNAVAILABLE("The service cannot take this right now: the state it shares with the other servers is unreachable. Try again in a few seconds."),
    INTERNAL_ERROR("The server failed while handling this message; it may be partly applied. Check the session state.");

    private final String defaultMessage;

    ErrorCode(String defaultMessage) {
        this.defaultMessage = defaultMessage;
    }

    public String defaultMessage() {
        return defaultMessage;
    }
}
