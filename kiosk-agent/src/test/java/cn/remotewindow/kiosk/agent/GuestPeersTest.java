package cn.remotewindow.kiosk.agent;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.kiosk.screen.HeadlessKioskScreen;
import cn.remotewindow.protocol.message.IceRestart;
import cn.remotewindow.protocol.message.MediaState;
import cn.remotewindow.protocol.message.SdpAnswer;
import org.junit.jupiter.api.Test;

/**
 * Which of a call's messages are a guest's (protocol 8.7), without media: the lead's and the
 * unaddressed go to the lead's peer; any other sender's, even of a guest who already left, never do.
 */
class GuestPeersTest {

    private final GuestPeers guests = new GuestPeers("zhangwei", new HeadlessKioskScreen(), id -> {
        throw new AssertionError("no peer is opened here");
    }, () -> new MediaState(true, true, false));

    @Test
    void messagesWithoutASenderOrFromTheLeadAreTheLeadPeers() {
        assertThat(guests.route(new IceRestart())).isFalse();
        assertThat(guests.route(new IceRestart(null, "zhangwei"))).isFalse();
        assertThat(guests.route(new SdpAnswer("v=0\r\n", null, "zhangwei"))).isFalse();
        assertThat(guests.route(new MediaState(true, true, false))).isFalse();
    }

    @Test
    void messagesFromAnyoneElseNeverReachTheLeadPeerEvenFromAGuestWhoLeft() {
        assertThat(guests.route(new IceRestart(null, "lina"))).isTrue();
        assertThat(guests.route(new SdpAnswer("v=0\r\n", null, "lina"))).isTrue();
        assertThat(guests.route(new MediaState(true, false, false, null, "lina"))).isTrue();
    }
}
