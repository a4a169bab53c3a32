package cn.remotewindow.signaling.session;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.protocol.CloseCode;
import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.ErrorCode;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.CaseOutcome;
import cn.remotewindow.protocol.message.EndReason;
import cn.remotewindow.protocol.message.ErrorReply;
import cn.remotewindow.protocol.message.Message;
import cn.remotewindow.protocol.message.OutcomeRecorded;
import cn.remotewindow.protocol.message.OutcomeSubmit;
import cn.remotewindow.protocol.message.Priority;
import cn.remotewindow.signaling.MutableClock;
import cn.remotewindow.signaling.delivery.Connection;
import cn.remotewindow.signaling.inbound.Inbound;
import cn.remotewindow.signaling.party.Expert;
import cn.remotewindow.signaling.party.Party;
import cn.remotewindow.signaling.record.InMemorySessionRecorder;
import cn.remotewindow.signaling.record.SessionRecorder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The wrap-up window and who may record, with a clock the test moves. */
class OutcomeDeskTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:30:00Z"));
    private final InMemoryEndedSessions ended = new InMemoryEndedSessions(WINDOW, clock);
    private final InMemorySessionRecorder recorder = new InMemorySessionRecorder(100);
    private final OutcomeDesk desk = new OutcomeDesk(ended, new Journal(recorder, clock));
    private final SessionRequest request = new SessionRequest("k1", "终端 k1", "红旗区", "PSB-HJQY", null,
            "410702-2026-000009", Priority.NORMAL, "PSB-HJQY", 1, clock.instant(), null);

    /** Captures what the desk answers. */
    private static final class Replies implements Connection {
        final List<Message> sent = new ArrayList<>();
        private final Party party;

        Replies(Party party) {
            this.party = party;
        }

        @Override
        public Party party() {
            return party;
        }

        @Override
        public void send(Envelope envelope) {
            sent.add(envelope.body());
        }

        @Override
        public void close(CloseCode code) {
        }
    }

    private Message submit(String expertId, Optional<Session> open) {
        Expert expert = new Expert(expertId, "专家", Set.of("PSB-HJQY"));
        Replies replies = new Replies(expert);
        desk.record(new Inbound<>(expert, replies, "c1", "s1",
                new OutcomeSubmit(CaseOutcome.COMPLETED, null, null, null, null)), open);
        assertThat(replies.sent).hasSize(1);
        return replies.sent.get(0);
    }

    private static ErrorCode code(Message reply) {
        assertThat(reply).isInstanceOf(ErrorReply.class);
        return ((ErrorReply) reply).code();
    }

    @Test
    void inTheCallOnlyTheAcceptedExpertRecords() {
        Session inCall = Session.requested("s1", request).connecting(new Call("e1", "专家", clock.instant(), null));
        assertThat(submit("e1", Optional.of(inCall))).isInstanceOf(OutcomeRecorded.class);
        assertThat(code(submit("e2", Optional.of(inCall)))).isEqualTo(ErrorCode.NOT_IN_SESSION);
        Session ringing = Session.requested("s1", request).ringing(new Ringing("e1", 1, clock.instant()));
        assertThat(code(submit("e1", Optional.of(ringing)))).isEqualTo(ErrorCode.NOT_IN_SESSION);
    }

    @Test
    void afterTheEndUntilTheWindowCloses() {
        ended.add(new EndedSession("s1", request, "e1", true, Role.KIOSK, EndReason.HANGUP, clock.instant(),
                true, true, null));
        clock.advance(WINDOW.minusSeconds(1));
        OutcomeRecorded recorded = (OutcomeRecorded) submit("e1", Optional.empty());
        assertThat(recorded.caseNumber()).isEqualTo("410702-2026-000009");
        assertThat(recorded.recordedAt()).isEqualTo(clock.millis());
        assertThat(code(submit("e2", Optional.empty()))).isEqualTo(ErrorCode.NOT_IN_SESSION);

        clock.advance(Duration.ofSeconds(1));
        assertThat(code(submit("e1", Optional.empty()))).as("the window is over").isEqualTo(ErrorCode.NOT_IN_SESSION);
        assertThat(recorder.eventsOf("s1")).hasSize(1);
    }

    @Test
    void theAnswerWaitsForTheStoreAndSaysSoWhenItFailed() {
        java.util.concurrent.CompletableFuture<Void> stored = new java.util.concurrent.CompletableFuture<>();
        SessionRecorder slow = new SessionRecorder() {
            @Override
            public void record(cn.remotewindow.signaling.record.SessionEvent event) {
            }

            @Override
            public java.util.concurrent.CompletableFuture<Void> recordSafely(cn.remotewindow.signaling.record.SessionEvent event) {
                return stored;
            }
        };
        OutcomeDesk waiting = new OutcomeDesk(ended, new Journal(slow, clock));
        ended.add(new EndedSession("s1", request, "e1", true, Role.KIOSK, EndReason.HANGUP, clock.instant(), true, true,
                null));
        Expert expert = new Expert("e1", "专家", Set.of("PSB-HJQY"));
        Replies replies = new Replies(expert);
        waiting.record(new Inbound<>(expert, replies, "c1", "s1",
                new OutcomeSubmit(CaseOutcome.COMPLETED, null, null, null, null)), Optional.empty());
        assertThat(replies.sent).as("nothing said before the store committed; the thread was not held").isEmpty();
        stored.completeExceptionally(new IllegalStateException("database down"));
        assertThat(code(replies.sent.get(0))).isEqualTo(ErrorCode.INTERNAL_ERROR);
        assertThat(((ErrorReply) replies.sent.get(0)).message()).contains("send it again");
    }

    @Test
    void anEndedRingWasNeverServed() {
        ended.add(new EndedSession("s1", request, "e1", false, Role.KIOSK, EndReason.CANCELLED, clock.instant(),
                true, true, null));
        assertThat(code(submit("e1", Optional.empty()))).isEqualTo(ErrorCode.NOT_IN_SESSION);
        assertThat(recorder.eventsOf("s1")).isEmpty();
    }
}
