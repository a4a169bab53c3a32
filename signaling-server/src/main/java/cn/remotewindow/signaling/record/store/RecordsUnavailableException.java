package cn.remotewindow.signaling.record.store;

/** The records store cannot take or confirm a write now: overloaded, closed, or not answering in time. */
public final class RecordsUnavailableException extends RuntimeException {

    public RecordsUnavailableException(String message) {
        super(message);
    }
}
