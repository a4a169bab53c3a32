package cn.remotewindow.signaling.session;

/** Hears that a session ended, on the session's owner thread, to end what belonged to it. */
@FunctionalInterface
public interface SessionEndListener {

    void sessionEnded(String sessionId);
}
