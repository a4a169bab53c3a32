package cn.remotewindow.kiosk.agent;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.kiosk.screen.ScreenError;
import cn.remotewindow.protocol.message.EndReason;
import org.junit.jupiter.api.Test;

class EndedCallTest {

    @Test
    void aHangUpAfterTheCallStartedAsksForTheRating() {
        assertThat(EndedCall.of(EndReason.HANGUP, Stage.IN_CALL).next()).isEqualTo(EndedCall.Next.RATING);
        assertThat(EndedCall.of(EndReason.HANGUP, Stage.CONNECTING).next()).isEqualTo(EndedCall.Next.RATING);
    }

    @Test
    void anEndTheKioskCausedItselfIsIgnoredOnceItMovedOn() {
        for (Stage stage : new Stage[] {Stage.CHOOSING, Stage.RATING, Stage.GOODBYE, Stage.PROBLEM}) {
            assertThat(EndedCall.of(EndReason.HANGUP, stage).next()).as(stage.name()).isEqualTo(EndedCall.Next.IGNORE);
        }
    }

    @Test
    void aQueueTheServerLostIsJoinedAgainWithoutATap() {
        assertThat(EndedCall.of(EndReason.SESSION_LOST, Stage.WAITING).next()).isEqualTo(EndedCall.Next.REQUEST_AGAIN);
        assertThat(EndedCall.of(EndReason.SESSION_LOST, Stage.REQUESTING).next()).isEqualTo(EndedCall.Next.REQUEST_AGAIN);
        assertThat(EndedCall.of(EndReason.SERVER_SHUTDOWN, Stage.WAITING).next()).isEqualTo(EndedCall.Next.REQUEST_AGAIN);
    }

    @Test
    void failuresBecomeTheirPlainWordsProblem() {
        assertThat(EndedCall.of(EndReason.SESSION_LOST, Stage.IN_CALL).error()).isEqualTo(ScreenError.CALL_DROPPED);
        assertThat(EndedCall.of(EndReason.DISCONNECTED, Stage.IN_CALL).error()).isEqualTo(ScreenError.CALL_DROPPED);
        assertThat(EndedCall.of(EndReason.TECHNICAL_PROBLEM, Stage.IN_CALL).error()).isEqualTo(ScreenError.CALL_DROPPED);
        assertThat(EndedCall.of(EndReason.CONNECT_TIMEOUT, Stage.CONNECTING).error()).isEqualTo(ScreenError.CONNECT_FAILED);
        assertThat(EndedCall.of(EndReason.SERVER_SHUTDOWN, Stage.IN_CALL).error()).isEqualTo(ScreenError.SERVICE_PAUSED);
        assertThat(EndedCall.of(EndReason.HANGUP, Stage.WAITING).error()).isEqualTo(ScreenError.CALL_DROPPED);
    }
}
