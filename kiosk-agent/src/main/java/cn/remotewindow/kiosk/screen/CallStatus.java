package cn.remotewindow.kiosk.screen;

import java.util.Objects;

/**
 * What the in-call screen shows besides the pictures.
 *
 * @param network the connection's state; WEAK and RECONNECTING show a banner
 * @param muted the kiosk's microphone is off
 * @param expertSharingScreen the expert shares a screen: it is shown large, the expert's face small
 * @param sharingOwnScreen the kiosk sends its own screen to the expert: a notice tells the citizen,
 *     for as long as it lasts, that the expert can see their screen
 */
public record CallStatus(NetworkQuality network, boolean muted, boolean expertSharingScreen, boolean sharingOwnScreen) {

    /** The status at the start of every call: good network, microphone on, nothing shared. */
    public static final CallStatus START = new CallStatus(NetworkQuality.GOOD, false, false, false);

    public CallStatus {
        Objects.requireNonNull(network, "network");
    }

    public CallStatus withNetwork(NetworkQuality newNetwork) {
        return new CallStatus(newNetwork, muted, expertSharingScreen, sharingOwnScreen);
    }

    public CallStatus withMuted(boolean newMuted) {
        return new CallStatus(network, newMuted, expertSharingScreen, sharingOwnScreen);
    }

    public CallStatus withExpertSharingScreen(boolean sharing) {
        return new CallStatus(network, muted, sharing, sharingOwnScreen);
    }

    public CallStatus withSharingOwnScreen(boolean sharing) {
        return new CallStatus(network, muted, expertSharingScreen, sharing);
    }
}
