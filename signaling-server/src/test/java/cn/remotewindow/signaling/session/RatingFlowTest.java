package cn.remotewindow.signaling.session;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.ErrorCode;
import cn.remotewindow.protocol.message.EndReason;
import cn.remotewindow.protocol.message.RatingRecorded;
import cn.remotewindow.protocol.message.RatingSubmit;
import cn.remotewindow.protocol.message.Satisfaction;
import cn.remotewindow.protocol.message.SessionEnd;
import cn.remotewindow.protocol.message.SessionEnded;
import cn.remotewindow.signaling.record.SessionRecords;
import cn.remotewindow.signaling.record.SessionEvent;
import cn.remotewindow.signaling.testing.Parties;
import cn.remotewindow.signaling.testing.ServerTest;
import cn.remotewindow.signaling.testing.TestParty;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The 好差评 after a call: recorded once, against the session, from its own kiosk only. */
class RatingFlowTest extends ServerTest {

    @Autowired
    SessionRecords recorder;

    @Test
    void theKioskRatesTheEndedSessionOnce() {
        TestParty expert = parties.expert("rate-e1", "RATE");
        TestParty kiosk = parties.kiosk("rate-k1", "原阳县");
        String sessionId = Parties.call(kiosk, expert, "RATE");

        String early = kiosk.send(sessionId, new RatingSubmit(Satisfaction.SATISFIED, null));
        assertThat(kiosk.awaitError(ErrorCode.NOT_IN_SESSION).id()).as("an open session cannot be rated").isEqualTo(early);

        expert.send(sessionId, new SessionEnd(EndReason.HANGUP));
        kiosk.await(SessionEnded.class);
        String id = kiosk.send(sessionId, new RatingSubmit(Satisfaction.VERY_SATISFIED, "专家很耐心"));
        Envelope recorded = kiosk.await(RatingRecorded.class);
        assertThat(recorded.id()).isEqualTo(id);
        assertThat(recorded.sessionId()).isEqualTo(sessionId);
        assertThat(((RatingRecorded) recorded.body()).level()).isEqualTo(Satisfaction.VERY_SATISFIED);

        SessionEvent rated = recorder.eventsOf(sessionId).stream()
                .filter(e -> e.kind() == SessionEvent.Kind.RATED).findFirst().orElseThrow();
        assertThat(rated.note()).isEqualTo("VERY_SATISFIED 专家很耐心");
        assertThat(rated.expertId()).isEqualTo("rate-e1");
        assertThat(rated.district()).isEqualTo("原阳县");

        kiosk.send(sessionId, new RatingSubmit(Satisfaction.DISSATISFIED, null));
        kiosk.awaitError(ErrorCode.INVALID_STATE);
        TestParty stranger = parties.kiosk("rate-k2");
        stranger.send(sessionId, new RatingSubmit(Satisfaction.VERY_DISSATISFIED, null));
        stranger.awaitError(ErrorCode.NOT_IN_SESSION);
        assertThat(recorder.eventsOf(sessionId).stream().filter(e -> e.kind() == SessionEvent.Kind.RATED)).hasSize(1);
    }
}
