package cn.remotewindow.kiosk.agent;

import cn.remotewindow.kiosk.screen.ScreenError;
import cn.remotewindow.protocol.message.EndReason;

/**
 * What the citizen sees when the server says a session ended: the rating after a real call, a
 * problem in plain words, or a new request when the server lost a queue the citizen was waiting in.
 * The table is in kiosk-agent/README.md.
 */
record EndedCall(Next next, ScreenError error) {

    enum Next {
        /** Nothing to show: the kiosk ended it itself and has moved on. */
        IGNORE,
        /** The call happened: ask for the 好差评 rating. */
        RATING,
        /** Show {@link #error()}. */
        PROBLEM,
        /** Ask for an expert again, the same service, without a tap: the citizen is still waiting. */
        REQUEST_AGAIN
    }

    static EndedCall of(EndReason reason, Stage stage) {
        boolean open = stage == Stage.REQUESTING || stage == Stage.WAITING || stage == Stage.CONNECTING
                || stage == Stage.IN_CALL;
        if (!open) {
            return new EndedCall(Next.IGNORE, null);
        }
        boolean waiting = stage == Stage.REQUESTING || stage == Stage.WAITING;
        return switch (reason) {
            case HANGUP -> waiting ? problem(ScreenError.CALL_DROPPED) : new EndedCall(Next.RATING, null);
            case SESSION_LOST -> waiting ? new EndedCall(Next.REQUEST_AGAIN, null)
                    : problem(stage == Stage.IN_CALL ? ScreenError.CALL_DROPPED : ScreenError.CONNECT_FAILED);
            case CONNECT_TIMEOUT -> problem(ScreenError.CONNECT_FAILED);
            // A restart or maintenance of the server: a waiting citizen is queued again once it is back.
            case SERVER_SHUTDOWN -> waiting ? new EndedCall(Next.REQUEST_AGAIN, null) : problem(ScreenError.SERVICE_PAUSED);
            // TRANSFERRED is sent to the expert who handed over, never to a kiosk: treated as any end.
            case CANCELLED, DISCONNECTED, TECHNICAL_PROBLEM, TRANSFERRED -> problem(ScreenError.CALL_DROPPED);
        };
    }

    private static EndedCall problem(ScreenError error) {
        return new EndedCall(Next.PROBLEM, error);
    }
}
