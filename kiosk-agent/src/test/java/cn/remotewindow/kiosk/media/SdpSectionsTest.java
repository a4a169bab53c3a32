package cn.remotewindow.kiosk.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SdpSectionsTest {

    private static final String SDP = String.join("\r\n",
            "v=0", "o=- 1 2 IN IP4 127.0.0.1", "s=-", "t=0 0", "a=group:BUNDLE 0 1 2",
            "m=audio 9 UDP/TLS/RTP/SAVPF 111", "a=ice-ufrag:abcd", "a=mid:0", "a=msid:camera a1",
            "m=video 9 UDP/TLS/RTP/SAVPF 96", "a=ice-ufrag:abcd", "a=mid:1", "a=msid:camera v1",
            "m=video 9 UDP/TLS/RTP/SAVPF 96", "a=ice-ufrag:abcd", "a=mid:2", "a=msid:screen v2",
            "m=video 9 UDP/TLS/RTP/SAVPF 96", "a=mid:3", "a=msid:- v3", "");

    @Test
    void theStreamIdOfEachSectionLabelsItsTrack() {
        assertThat(SdpSections.streamId(SDP, "1")).isEqualTo("camera");
        assertThat(SdpSections.streamId(SDP, "2")).isEqualTo("screen");
        assertThat(SdpSections.streamId(SDP, "3")).isEmpty();
        assertThat(SdpSections.streamId(SDP, "9")).isEmpty();
    }

    @Test
    void ufragsAreCollectedOnce() {
        assertThat(SdpSections.iceUfrags(SDP)).containsExactly("abcd");
    }
}
