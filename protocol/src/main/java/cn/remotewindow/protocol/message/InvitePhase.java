package cn.remotewindow.protocol.message;

/** How an invitation into a call goes, as the lead expert hears it in {@code invite.state}. */
public enum InvitePhase {
    /** The invited expert is being rung. */
    RINGING,
    /** The invited expert accepted and is a party of the call now. */
    JOINED,
    /** The invited expert declined; nobody else is rung. */
    DECLINED,
    /** The invited expert did not answer in time (and is now AWAY); nobody else is rung. */
    TIMEOUT,
    /** The guest left the call (hung up or lost the connection); the call goes on. */
    LEFT,
    /** The ring was withdrawn: the session ended, or the rung expert's connection was lost. */
    CANCELLED
}
