package cn.remotewindow.identity;

/** A model file is missing, unreadable or not the exact bytes its SHA-256 names. Never retried. */
public final class ModelIntegrityException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ModelIntegrityException(String message) {
        super(message);
    }

    public ModelIntegrityException(String message, Throwable cause) {
        super(message, cause);
    }
}
