package cn.remotewindow.kiosk.agent;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.kiosk.media.CallStats;
import cn.remotewindow.kiosk.media.PeerState;
import cn.remotewindow.kiosk.screen.NetworkQuality;
import org.junit.jupiter.api.Test;

class NetworkJudgeTest {

    private long lost;
    private long audio;
    private long frames;

    /** One 2 s sample: 100 audio packets, 60 frames unless stalled, the given loss and RTT. */
    private CallStats sample(double rtt, long newlyLost, boolean videoStalled) {
        lost += newlyLost;
        audio += 100;
        frames += videoStalled ? 0 : 60;
        return new CallStats(rtt, lost, 0, 0, 0, 800, 800, frames, frames, frames, audio, audio, "VP8", 0);
    }

    @Test
    void aGoodCallShowsNothing() {
        NetworkJudge judge = new NetworkJudge();
        judge.peerState(PeerState.CONNECTED);
        for (int i = 0; i < 10; i++) {
            assertThat(judge.sample(sample(40, 0, false), true)).isEqualTo(NetworkQuality.GOOD);
        }
    }

    @Test
    void oneBadSampleIsNotEnoughTwoAre() {
        NetworkJudge judge = new NetworkJudge();
        judge.peerState(PeerState.CONNECTED);
        judge.sample(sample(40, 0, false), true);
        assertThat(judge.sample(sample(600, 0, false), true)).isEqualTo(NetworkQuality.GOOD);
        assertThat(judge.sample(sample(600, 0, false), true)).isEqualTo(NetworkQuality.WEAK);
    }

    @Test
    void lossAndStalledVideoCountAsBadAndThreeGoodSamplesClearIt() {
        NetworkJudge judge = new NetworkJudge();
        judge.peerState(PeerState.CONNECTED);
        judge.sample(sample(40, 0, false), true);
        judge.sample(sample(40, 30, false), true);
        assertThat(judge.sample(sample(40, 0, true), true)).isEqualTo(NetworkQuality.WEAK);
        assertThat(judge.sample(sample(40, 0, false), true)).isEqualTo(NetworkQuality.WEAK);
        assertThat(judge.sample(sample(40, 0, false), true)).isEqualTo(NetworkQuality.WEAK);
        assertThat(judge.sample(sample(40, 0, false), true)).isEqualTo(NetworkQuality.GOOD);
    }

    @Test
    void noFramesIsFineWhenTheExpertsCameraIsOff() {
        NetworkJudge judge = new NetworkJudge();
        judge.peerState(PeerState.CONNECTED);
        for (int i = 0; i < 5; i++) {
            assertThat(judge.sample(sample(40, 0, true), false)).isEqualTo(NetworkQuality.GOOD);
        }
    }

    @Test
    void aLostPathIsReconnectingWhateverTheStats() {
        NetworkJudge judge = new NetworkJudge();
        judge.peerState(PeerState.CONNECTED);
        assertThat(judge.peerState(PeerState.DISCONNECTED)).isEqualTo(NetworkQuality.RECONNECTING);
        assertThat(judge.peerState(PeerState.FAILED)).isEqualTo(NetworkQuality.RECONNECTING);
        assertThat(judge.peerState(PeerState.CONNECTED)).isEqualTo(NetworkQuality.GOOD);
    }
}
