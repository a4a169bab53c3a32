package cn.remotewindow.kiosk.agent;

import cn.remotewindow.kiosk.media.CallStats;
import cn.remotewindow.kiosk.media.PeerState;
import cn.remotewindow.kiosk.screen.NetworkQuality;

/**
 * Judges from the peer's state and its periodic stats whether the citizen should be told that the
 * network is weak or the call is reconnecting. A banner that flickers worries people more than it
 * helps, so WEAK needs two bad samples in a row and GOOD three good ones.
 */
final class NetworkJudge {

    /** Round-trip time above which speech starts to feel delayed. */
    static final double WEAK_RTT_MILLIS = 400;
    /** Share of received packets lost in one sample above which picture and sound break up. */
    static final double WEAK_LOSS = 0.05;
    private static final int BAD_TO_WEAK = 2;
    private static final int GOOD_TO_CLEAR = 3;

    private PeerState peer = PeerState.NEW;
    private CallStats previous;
    private boolean weak;
    private int badInARow;
    private int goodInARow;

    /** The connection state changed. */
    NetworkQuality peerState(PeerState state) {
        peer = state;
        if (state == PeerState.CONNECTED) {
            // A fresh path: judge it afresh.
            previous = null;
            badInARow = 0;
            goodInARow = 0;
        }
        return quality();
    }

    /**
     * A stats sample (every couple of seconds while connected).
     *
     * @param expectVideo the other side says its camera or screen is on, so frames should arrive
     */
    NetworkQuality sample(CallStats stats, boolean expectVideo) {
        if (previous != null && peer == PeerState.CONNECTED) {
            boolean bad = stats.roundTripMillis() > WEAK_RTT_MILLIS
                    || lossShare(previous, stats) > WEAK_LOSS
                    || expectVideo && stats.videoFramesReceived() == previous.videoFramesReceived();
            if (bad) {
                goodInARow = 0;
                if (++badInARow >= BAD_TO_WEAK) {
                    weak = true;
                }
            } else {
                badInARow = 0;
                if (++goodInARow >= GOOD_TO_CLEAR) {
                    weak = false;
                }
            }
        }
        previous = stats;
        return quality();
    }

    NetworkQuality quality() {
        if (peer == PeerState.DISCONNECTED || peer == PeerState.FAILED) {
            return NetworkQuality.RECONNECTING;
        }
        return weak ? NetworkQuality.WEAK : NetworkQuality.GOOD;
    }

    /** Lost packets as a share of lost plus received ones in the interval (audio packets and video frames). */
    static double lossShare(CallStats before, CallStats now) {
        long lost = now.packetsLostReceiving() - before.packetsLostReceiving();
        long received = now.audioPacketsReceived() - before.audioPacketsReceived()
                + now.videoFramesReceived() - before.videoFramesReceived();
        if (lost <= 0) {
            return 0;
        }
        return (double) lost / (lost + Math.max(0, received));
    }
}
