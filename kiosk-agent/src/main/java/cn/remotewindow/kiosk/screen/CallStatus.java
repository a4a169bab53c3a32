package cn.remotewindow.kiosk.screen;

import java.util.Objects;

/**
 * What the in-call screen shows besides the pictures.
 *
 * @param network the connection's state; WEAK and RECONNECTING show a banner
 * @param muted the kiosk's microphone is off
 * @param expertSharingScreen the expert shares a screen: it is shown large, the expert's face small
 */
public record CallStatus(NetworkQuality network, boolean muted, boolean expertSharingScreen) {

    /** The status at the start of every call. */
    public static final CallStatus START = new CallStatus(NetworkQuality.GOOD, false, false);

    public CallStatus {
        Objects.requireNonNull(network, "network");
    }

    public CallStatus withMuted(boolean newMuted) {
        return new CallStatus(network, newMuted, expertSharingScreen);
    }
}
