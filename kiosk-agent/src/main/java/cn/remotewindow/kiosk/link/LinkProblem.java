package cn.remotewindow.kiosk.link;

/** Why the kiosk is not connected to the server, in terms a technician (and the screen) can act on. */
public enum LinkProblem {
    /** The server cannot be reached: network down, wrong address, server stopped. */
    UNREACHABLE,
    /** The server refused this kiosk's id or device secret. */
    CREDENTIAL_REJECTED,
    /** Too many failed sign-ins for this kiosk id; the server asks to wait. */
    THROTTLED,
    /** Another agent connected with the same kiosk id and replaced this one. */
    REPLACED,
    /** The server answered with something unexpected (a server fault or a version mismatch). */
    SERVER_ERROR,
    /** The connection was lost and is being re-established. */
    CONNECTION_LOST
}
