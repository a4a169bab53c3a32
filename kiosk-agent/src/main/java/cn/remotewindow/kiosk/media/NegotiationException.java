package cn.remotewindow.kiosk.media;

/** libwebrtc refused an offer, an answer or a description; the message is libwebrtc's reason. */
public class NegotiationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NegotiationException(String message) {
        super(message);
    }
}
