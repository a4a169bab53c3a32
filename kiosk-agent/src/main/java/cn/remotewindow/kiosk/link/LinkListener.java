package cn.remotewindow.kiosk.link;

import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.message.AuthOk;
import java.time.Duration;

/** What the server link reports. Called on the link's own thread, one call at a time; do not block. */
public interface LinkListener {

    /** Connected and authenticated (again). An open session, if any, follows as session.resumed. */
    void onUp(AuthOk identity);

    void onMessage(Envelope envelope);

    /**
     * Not connected; the next attempt is in {@code retryIn}.
     *
     * @param attempt how many attempts failed in a row (1 after a connection was lost)
     */
    void onDown(LinkProblem problem, int attempt, Duration retryIn);
}
