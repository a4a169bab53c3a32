package cn.remotewindow.kiosk.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class IceCandidateTest {

    private static final String LINE =
            "candidate:96027114 1 udp 2122260223 198.18.0.1 40690 typ host generation 0 ufrag geZD network-id 3";

    @Test
    void theUfragComesFromTheFieldElseFromTheCandidateLine() {
        assertThat(new IceCandidate(LINE, "0", 0, null).ufrag()).isEqualTo("geZD");
        assertThat(new IceCandidate(LINE, "0", 0, "other").ufrag()).isEqualTo("other");
        assertThat(new IceCandidate("candidate:1 1 udp 1 10.0.0.1 9 typ host", "0", 0, null).ufrag()).isNull();
    }

    @Test
    void anEmptyCandidateEndsTheCandidates() {
        assertThat(IceCandidate.endOfCandidates("0").isEndOfCandidates()).isTrue();
        assertThat(new IceCandidate(null, "0", -1, null).isEndOfCandidates()).isTrue();
        assertThat(new IceCandidate(LINE, "0", 0, null).isEndOfCandidates()).isFalse();
    }

    @Test
    void candidatesWaitForADescriptionWithTheirUfrag() {
        IceCandidate candidate = new IceCandidate(LINE, "0", 0, null);
        assertThat(PendingCandidates.applicable(candidate, false, Set.of())).isFalse();
        assertThat(PendingCandidates.applicable(candidate, true, Set.of("old1"))).isFalse();
        assertThat(PendingCandidates.applicable(candidate, true, Set.of("geZD"))).isTrue();

        PendingCandidates pending = new PendingCandidates();
        pending.hold(candidate);
        pending.hold(new IceCandidate(LINE.replace("geZD", "next"), "0", 0, null));
        assertThat(pending.release(Set.of("geZD"))).containsExactly(candidate);
        assertThat(pending.size()).isEqualTo(1);
    }

    @Test
    void theOldestHeldCandidatesGoFirstWhenTooManyWait() {
        PendingCandidates pending = new PendingCandidates();
        for (int i = 0; i < PendingCandidates.LIMIT + 5; i++) {
            pending.hold(new IceCandidate("candidate:" + i + " 1 udp 1 198.18.0.1 9 typ host ufrag u", "0", 0, null));
        }
        assertThat(pending.size()).isEqualTo(PendingCandidates.LIMIT);
        assertThat(pending.release(Set.of("u")).get(0).candidate()).startsWith("candidate:5 ");
    }
}
