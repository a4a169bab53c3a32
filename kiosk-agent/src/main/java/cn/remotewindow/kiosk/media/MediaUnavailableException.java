package cn.remotewindow.kiosk.media;

/**
 * A device or capture method is not there: no camera of that name, no sound card, no display.
 * The message says plainly what is missing and what is present, so the kiosk can show or log it.
 */
public class MediaUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MediaUnavailableException(String message) {
        super(message);
    }

    public MediaUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
