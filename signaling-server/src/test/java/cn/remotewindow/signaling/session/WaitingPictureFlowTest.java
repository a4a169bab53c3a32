package cn.remotewindow.signaling.session;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.EnvelopeCodec;
import cn.remotewindow.protocol.message.ExpertState;
import cn.remotewindow.protocol.message.PeerConnected;
import cn.remotewindow.protocol.message.PresenceSet;
import cn.remotewindow.protocol.message.PresenceState;
import cn.remotewindow.protocol.message.Priority;
import cn.remotewindow.protocol.message.QueueSummary;
import cn.remotewindow.protocol.message.QueuedRequest;
import cn.remotewindow.protocol.message.Ring;
import cn.remotewindow.protocol.message.ServiceCancel;
import cn.remotewindow.protocol.message.ServiceRequest;
import cn.remotewindow.protocol.message.SessionPhase;
import cn.remotewindow.protocol.message.SessionResumed;
import cn.remotewindow.protocol.message.SessionStatus;
import cn.remotewindow.signaling.party.Expert;
import cn.remotewindow.signaling.testing.Parties;
import cn.remotewindow.signaling.testing.ServerTest;
import cn.remotewindow.signaling.testing.TestParty;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** queue.summary: experts see who waits for their skills, right after signing on and on every change, coalesced. */
class WaitingPictureFlowTest extends ServerTest {

    /** window.routing.queue-report-interval, the default. */
    private static final Duration INTERVAL = Duration.ofSeconds(1);

    private static String request(TestParty kiosk, String skill, Priority priority) {
        kiosk.send(new ServiceRequest(skill, null, "410702-2026-" + kiosk.hashCode(), priority));
        return kiosk.await(SessionStatus.class, s -> s.phase() == SessionPhase.QUEUED).sessionId();
    }

    private static QueueSummary summary(TestParty expert, String skill, Predicate<QueueSummary> matching) {
        return (QueueSummary) expert.await(QueueSummary.class, s -> s.skill().equals(skill) && matching.test(s)).body();
    }

    @Test
    void anExpertSeesEachSkillRightAfterSigningOnAlsoWhenNobodyWaits() {
        long before = System.currentTimeMillis();
        TestParty expert = parties.authenticated(new Expert("wp-e1", "专家 wp-e1", Set.of("WP1-A", "WP1-B")));

        List<Envelope> first = expert.awaitInOrder(3, PresenceState.class, QueueSummary.class);
        assertThat(first.get(0).body()).as("the presence comes first").isInstanceOf(PresenceState.class);
        List<QueueSummary> summaries = List.of((QueueSummary) first.get(1).body(), (QueueSummary) first.get(2).body());
        assertThat(summaries).extracting(QueueSummary::skill).containsExactlyInAnyOrder("WP1-A", "WP1-B");
        for (QueueSummary empty : summaries) {
            assertThat(empty.total()).isZero();
            assertThat(empty.waiting()).isEmpty();
            assertThat(empty.expertsOnline()).isEqualTo(1);
            assertThat(empty.expertsAvailable()).isZero();
            assertThat(empty.serverTime()).isBetween(before, System.currentTimeMillis());
        }
        assertThat(first).allSatisfy(e -> assertThat(e.sessionId()).isNull());
        // Signing on changed the skills' queues (one more expert), but not what this expert already saw.
        expert.assertNone(QueueSummary.class, INTERVAL.plusMillis(500));
    }

    @Test
    void expertsSeeTheWaitingInServiceOrderAndEveryChangeToIt() {
        TestParty first = parties.awayExpert("wp-e2", "WP2");
        summary(first, "WP2", s -> s.expertsOnline() == 1);
        TestParty second = parties.awayExpert("wp-e3", "WP2", "WP2-OTHER");
        summary(second, "WP2", s -> s.expertsOnline() == 2);
        summary(first, "WP2", s -> s.expertsOnline() == 2);
        summary(second, "WP2-OTHER", s -> true);

        TestParty normalKiosk = parties.kiosk("wp-k1", "卫滨区");
        String normal = request(normalKiosk, "WP2", Priority.NORMAL);
        TestParty greenKiosk = parties.kiosk("wp-k2", "红旗区");
        String green = request(greenKiosk, "WP2", Priority.GREEN_CHANNEL);

        for (TestParty expert : List.of(first, second)) {
            QueueSummary both = summary(expert, "WP2", s -> s.total() == 2);
            assertThat(both.expertsOnline()).isEqualTo(2);
            assertThat(both.expertsAvailable()).isZero();
            assertThat(both.waiting()).extracting(QueuedRequest::sessionId).as("green channel first").containsExactly(green, normal);
            QueuedRequest head = both.waiting().get(0);
            assertThat(head.priority()).isEqualTo(Priority.GREEN_CHANNEL);
            assertThat(head.itemCode()).isEqualTo("WP2");
            assertThat(head.departmentCode()).isNull();
            assertThat(head.district()).isEqualTo("红旗区");
            assertThat(head.kioskName()).isEqualTo("自助终端 wp-k2");
            assertThat(head.requestedAt()).isPositive().isLessThanOrEqualTo(both.serverTime());
            assertThat(new EnvelopeCodec().encode(Envelope.of(both))).as("no case numbers").doesNotContain("410702");
        }
        assertThat(second.inboxSnapshot()).as("only the skill that changed")
                .noneMatch(e -> e.body() instanceof QueueSummary s && s.skill().equals("WP2-OTHER"));

        // An expert becoming available is counted, and takes the green channel: one waits, nobody is free.
        second.send(new PresenceSet(ExpertState.AVAILABLE));
        assertThat(second.await(Ring.class).sessionId()).isEqualTo(green);
        QueueSummary one = summary(first, "WP2", s -> s.total() == 1);
        assertThat(one.waiting()).extracting(QueuedRequest::sessionId).containsExactly(normal);
        assertThat(one.expertsAvailable()).isZero();

        // The queue becoming empty is shown too.
        normalKiosk.send(normal, new ServiceCancel());
        QueueSummary none = summary(first, "WP2", s -> s.total() == 0);
        assertThat(none.waiting()).isEmpty();
        assertThat(none.expertsOnline()).isEqualTo(2);
    }

    @Test
    void theAvailableCountFollowsPresence() {
        TestParty watching = parties.awayExpert("wp-e4", "WP3");
        TestParty other = parties.awayExpert("wp-e5", "WP3");
        summary(watching, "WP3", s -> s.expertsOnline() == 2);
        other.send(new PresenceSet(ExpertState.AVAILABLE));
        assertThat(summary(watching, "WP3", s -> s.expertsAvailable() == 1).expertsOnline()).isEqualTo(2);
        other.send(new PresenceSet(ExpertState.AWAY));
        summary(watching, "WP3", s -> s.expertsAvailable() == 0);
        other.close();
        summary(watching, "WP3", s -> s.expertsOnline() == 1);
    }

    @Test
    void changesAreCoalescedToOneSummaryPerInterval() {
        TestParty expert = parties.awayExpert("wp-e6", "WP4");
        summary(expert, "WP4", s -> true);
        int kiosks = 6;
        for (int i = 0; i < kiosks; i++) {
            parties.kiosk("wp-k-burst-" + i).send(new ServiceRequest("WP4", null, null, Priority.NORMAL));
        }
        List<Envelope> received = new ArrayList<>();
        while (received.isEmpty() || ((QueueSummary) received.get(received.size() - 1).body()).total() < kiosks) {
            received.add(expert.await(QueueSummary.class, s -> s.skill().equals("WP4")));
        }
        assertThat(received.size()).as("fewer summaries than changes").isLessThan(kiosks);
        for (int i = 1; i < received.size(); i++) {
            long gap = expert.arrivedNanos(received.get(i)) - expert.arrivedNanos(received.get(i - 1));
            assertThat(Duration.ofNanos(gap)).as("gap before summary %d", i).isGreaterThan(INTERVAL.minusMillis(200));
        }
        expert.assertNone(QueueSummary.class, INTERVAL.plusMillis(500));
    }

    @Test
    void anExpertBackInACallSeesTheWaitingAgain() {
        TestParty expert = parties.expert("wp-e7", "WP5");
        TestParty kiosk = parties.kiosk("wp-k7");
        String sessionId = Parties.call(kiosk, expert, "WP5");
        kiosk.send(sessionId, new PeerConnected());
        expert.await(SessionStatus.class, s -> s.phase() == SessionPhase.ACTIVE);
        request(parties.kiosk("wp-k8"), "WP5", Priority.NORMAL);
        summary(expert, "WP5", s -> s.total() == 1);

        expert.drop();
        TestParty back = parties.authenticated(new Expert("wp-e7", "专家 wp-e7", Set.of("WP5")));
        back.await(SessionResumed.class);
        back.await(PresenceState.class, p -> p.state() == ExpertState.BUSY);
        QueueSummary again = summary(back, "WP5", s -> true);
        assertThat(again.total()).isEqualTo(1);
        assertThat(again.expertsAvailable()).isZero();
    }
}
