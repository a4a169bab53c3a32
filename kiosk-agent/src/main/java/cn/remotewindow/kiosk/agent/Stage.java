package cn.remotewindow.kiosk.agent;

/** Where the citizen in front of the kiosk is, as the agent sees it. */
public enum Stage {
    /** The start screen: nobody is being served. */
    CHOOSING,
    /** service.request sent, no session id yet. */
    REQUESTING,
    /** In the queue or being rung for. */
    WAITING,
    /** An expert accepted; media is being connected. */
    CONNECTING,
    /** Talking to the expert. */
    IN_CALL,
    /** The call is over; the 好差评 rating screen. */
    RATING,
    /** Thanks and goodbye; the start screen follows by itself. */
    GOODBYE,
    /** A problem is shown; the citizen decides (try again or back to the start). */
    PROBLEM
}
