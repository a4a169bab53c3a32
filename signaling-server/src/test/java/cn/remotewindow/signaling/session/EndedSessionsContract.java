package cn.remotewindow.signaling.session;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.EndReason;
import cn.remotewindow.protocol.message.Priority;
import cn.remotewindow.protocol.message.Satisfaction;
import cn.remotewindow.signaling.MutableClock;
import cn.remotewindow.signaling.party.PartyId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EndedSessions} keeps and answers, through one node and through two that share
 * it. Subclasses supply the store; the clock is the test's, moved by hand, and it alone decides
 * when the rating window is over.
 */
public abstract class EndedSessionsContract {

    protected static final Duration WINDOW = Duration.ofMinutes(15);

    protected final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:30:00Z"));

    private EndedSessions one;
    private EndedSessions other;
    private ExecutorService threads;

    /** Two nodes' views of one store that is new to this test (in memory, where there is one node: one instance twice). */
    protected abstract List<EndedSessions> twoNodes(Duration window, Clock clock);

    @BeforeEach
    void setUp() {
        List<EndedSessions> nodes = twoNodes(WINDOW, clock);
        one = nodes.get(0);
        other = nodes.get(1);
    }

    @AfterEach
    void stopThreads() {
        if (threads != null) {
            threads.shutdownNow();
        }
    }

    protected EndedSession ended(String sessionId, String kioskId, String expertId, boolean kioskTold,
                                 boolean expertTold) {
        SessionRequest request = new SessionRequest(kioskId, "终端 " + kioskId, "红旗区", "PSB-HJQY", null,
                "410702-2026-000009", Priority.NORMAL, "PSB-HJQY", 1, clock.instant().minusSeconds(90), null);
        return new EndedSession(sessionId, request, expertId, expertId != null, Role.KIOSK, EndReason.HANGUP,
                clock.instant(), kioskTold, expertTold, null);
    }

    private static PartyId kiosk(String id) {
        return new PartyId(Role.KIOSK, id);
    }

    private static PartyId expert(String id) {
        return new PartyId(Role.EXPERT, id);
    }

    @Test
    void anEndingIsFoundAsItWasAdded() {
        EndedSession s1 = ended("s1", "k1", "e1", true, false);
        one.add(s1);

        assertThat(one.find("s1")).contains(s1);
        assertThat(one.find("s2")).isEmpty();
    }

    @Test
    void anEndingIsKeptForTheRatingWindowFromItsEnd() {
        EndedSession s1 = ended("s1", "k1", "e1", false, false);
        one.add(s1);
        one.add(ended("s2", "k1", "e1", false, false));

        clock.advance(WINDOW.minusSeconds(1));
        assertThat(one.find("s1")).contains(s1);
        assertThat(one.rate("s1", "k1", Satisfaction.SATISFIED)).isPresent();

        clock.advance(Duration.ofSeconds(1));
        assertThat(one.find("s1")).as("the window is over").isEmpty();
        assertThat(one.find("s2")).isEmpty();
        assertThat(one.rate("s2", "k1", Satisfaction.SATISFIED)).isEmpty();
        assertThat(one.takeUntold(kiosk("k1"))).isEmpty();
        assertThat(one.takeUntold(expert("e1"))).isEmpty();

        one.add(ended("s3", "k1", "e1", false, false));
        EndedSession lateNews = new EndedSession("s4", ended("s4", "k1", "e1", false, false).request(), "e1", true,
                Role.SERVER, EndReason.SESSION_LOST, clock.instant().minus(WINDOW.minusMinutes(5)), false, false, null);
        one.add(lateNews);
        EndedSession over = new EndedSession("s5", lateNews.request(), "e1", true, Role.SERVER, EndReason.SESSION_LOST,
                clock.instant().minus(WINDOW), false, false, null);
        one.add(over);
        assertThat(one.find("s5")).as("added when its window was over already").isEmpty();
        clock.advance(Duration.ofMinutes(5).minusSeconds(1));
        assertThat(one.find("s4")).contains(lateNews);
        clock.advance(Duration.ofSeconds(1));
        assertThat(one.find("s4")).as("the window counts from the end, not from the adding").isEmpty();
        assertThat(one.find("s3")).isPresent();
        assertThat(one.takeUntold(kiosk("k1"))).extracting(EndedSession::sessionId).containsExactly("s3");
    }

    @Test
    void aPartyIsToldOfEachEndingItMissedOnce() {
        EndedSession s1 = ended("s1", "k1", "e1", false, false);
        EndedSession s2 = ended("s2", "k1", "e1", true, false);
        EndedSession s3 = ended("s3", "k2", "e2", false, true);
        EndedSession s4 = ended("s4", "k3", null, false, false);
        List.of(s1, s2, s3, s4).forEach(one::add);

        assertThat(one.takeUntold(kiosk("k1"))).as("as it was before the kiosk was told").containsExactly(s1);
        assertThat(one.takeUntold(kiosk("k1"))).isEmpty();
        assertThat(one.takeUntold(expert("e1"))).containsExactlyInAnyOrder(s1.told(Role.KIOSK), s2);
        assertThat(one.takeUntold(expert("e1"))).isEmpty();
        assertThat(one.takeUntold(expert("e2"))).as("e2 was told").isEmpty();
        assertThat(one.takeUntold(expert("k2"))).as("a kiosk's id is no expert's").isEmpty();
        assertThat(one.takeUntold(kiosk("k2"))).containsExactly(s3);
        assertThat(one.takeUntold(kiosk("k3"))).as("a session without expert").containsExactly(s4);

        assertThat(one.find("s1")).hasValueSatisfying(s -> {
            assertThat(s.kioskTold()).isTrue();
            assertThat(s.expertTold()).isTrue();
        });
        assertThat(one.find("s3").map(EndedSession::kioskTold)).contains(true);
    }

    @Test
    void onlyTheSessionsKioskRatesItAndOnlyOnce() {
        EndedSession s1 = ended("s1", "k1", "e1", true, true);
        one.add(s1);

        assertThat(one.rate("s1", "k2", Satisfaction.DISSATISFIED)).as("not its session").isEmpty();
        assertThat(one.rate("s9", "k1", Satisfaction.DISSATISFIED)).as("unknown").isEmpty();
        assertThat(one.find("s1").map(EndedSession::rating)).isEmpty();

        assertThat(one.rate("s1", "k1", Satisfaction.SATISFIED)).contains(s1.rated(Satisfaction.SATISFIED));
        assertThat(one.rate("s1", "k1", Satisfaction.VERY_DISSATISFIED)).as("rated already").isEmpty();
        assertThat(one.find("s1").map(EndedSession::rating)).contains(Satisfaction.SATISFIED);
    }

    @Test
    void beingToldAndBeingRatedDoNotUndoEachOther() {
        one.add(ended("s1", "k1", "e1", false, false));
        one.rate("s1", "k1", Satisfaction.VERY_SATISFIED);
        assertThat(one.takeUntold(kiosk("k1"))).extracting(EndedSession::rating)
                .containsExactly(Satisfaction.VERY_SATISFIED);
        assertThat(one.find("s1").map(EndedSession::rating)).contains(Satisfaction.VERY_SATISFIED);

        one.add(ended("s2", "k1", "e1", false, false));
        assertThat(one.takeUntold(expert("e1"))).extracting(EndedSession::sessionId).containsExactlyInAnyOrder("s1", "s2");
        assertThat(one.rate("s2", "k1", Satisfaction.BASICALLY_SATISFIED)).isPresent();
        assertThat(one.find("s2")).hasValueSatisfying(s -> {
            assertThat(s.expertTold()).isTrue();
            assertThat(s.rating()).isEqualTo(Satisfaction.BASICALLY_SATISFIED);
        });
        assertThat(one.takeUntold(kiosk("k1"))).extracting(EndedSession::sessionId).containsExactly("s2");
    }

    @Test
    void addingAnEndingAgainChangesNothing() {
        EndedSession s1 = ended("s1", "k1", "e1", false, true);
        one.add(s1);
        one.add(s1);
        assertThat(one.takeUntold(kiosk("k1"))).containsExactly(s1);
        one.rate("s1", "k1", Satisfaction.SATISFIED);

        one.add(s1);
        other.add(new EndedSession("s1", s1.request(), "e2", false, Role.SERVER, EndReason.SESSION_LOST,
                s1.endedAt(), false, false, null));

        assertThat(one.find("s1")).contains(s1.told(Role.KIOSK).rated(Satisfaction.SATISFIED));
        assertThat(one.takeUntold(kiosk("k1"))).as("told once").isEmpty();
        assertThat(other.takeUntold(expert("e2"))).as("the first ending stands").isEmpty();
    }

    @Test
    void aRatingGivenThroughOneNodeIsSeenThroughTheOtherAndCannotBeGivenAgain() {
        EndedSession s1 = ended("s1", "k1", "e1", true, true);
        one.add(s1);
        assertThat(other.find("s1")).contains(s1);

        assertThat(one.rate("s1", "k1", Satisfaction.SATISFIED)).isPresent();

        assertThat(other.find("s1").map(EndedSession::rating)).contains(Satisfaction.SATISFIED);
        assertThat(other.rate("s1", "k1", Satisfaction.DISSATISFIED)).isEmpty();
        assertThat(one.rate("s1", "k1", Satisfaction.DISSATISFIED)).isEmpty();
        assertThat(one.find("s1").map(EndedSession::rating)).contains(Satisfaction.SATISFIED);
    }

    @Test
    void aPartyToldThroughOneNodeIsNotToldAgainThroughTheOther() {
        EndedSession s1 = ended("s1", "k1", "e1", false, false);
        one.add(s1);

        assertThat(other.takeUntold(kiosk("k1"))).containsExactly(s1);
        assertThat(one.takeUntold(kiosk("k1"))).isEmpty();
        assertThat(one.takeUntold(expert("e1"))).containsExactly(s1.told(Role.KIOSK));
        assertThat(other.takeUntold(expert("e1"))).isEmpty();
    }

    @Test
    void fourThreadsOnTwoNodesTakeEachEndingExactlyOnce() throws Exception {
        for (int round = 0; round < 10; round++) {
            String kiosk = "k" + round;
            String expert = "e" + round;
            List<String> sessions = IntStream.range(0, 20).mapToObj(i -> kiosk + "-s" + i).toList();
            sessions.forEach(id -> one.add(ended(id, kiosk, expert, false, false)));

            // Half the threads ask for the kiosk first, half for the expert, so that both kinds overlap.
            List<List<List<EndedSession>>> taken = atOnce((node, thread) -> {
                if (thread < 2) {
                    List<EndedSession> toKiosk = node.takeUntold(kiosk(kiosk));
                    return List.of(toKiosk, node.takeUntold(expert(expert)));
                }
                List<EndedSession> toExpert = node.takeUntold(expert(expert));
                return List.of(node.takeUntold(kiosk(kiosk)), toExpert);
            });

            List<String> toKiosk = new ArrayList<>();
            List<String> toExpert = new ArrayList<>();
            taken.forEach(both -> {
                both.get(0).forEach(s -> toKiosk.add(s.sessionId()));
                both.get(1).forEach(s -> toExpert.add(s.sessionId()));
            });
            assertThat(toKiosk).as("round %d, the kiosk", round).containsExactlyInAnyOrderElementsOf(sessions);
            assertThat(toExpert).as("round %d, the expert", round).containsExactlyInAnyOrderElementsOf(sessions);
            assertThat(other.takeUntold(kiosk(kiosk))).isEmpty();
            assertThat(one.takeUntold(expert(expert))).isEmpty();
        }
    }

    @Test
    void ofFourRatingsAtOnceOnTwoNodesOneIsRecorded() throws Exception {
        Satisfaction[] levels = {Satisfaction.VERY_SATISFIED, Satisfaction.SATISFIED, Satisfaction.DISSATISFIED,
                Satisfaction.VERY_DISSATISFIED};
        for (int round = 0; round < 10; round++) {
            String sessionId = "s" + round;
            one.add(ended(sessionId, "k1", "e1", true, true));
            List<Optional<EndedSession>> answers = atOnce((node, thread) -> node.rate(sessionId, "k1", levels[thread]));

            List<Satisfaction> given = answers.stream().flatMap(Optional::stream).map(EndedSession::rating).toList();
            assertThat(given).as("round %d", round).hasSize(1);
            assertThat(other.find(sessionId).map(EndedSession::rating)).contains(given.get(0));
        }
    }

    /** Runs the work on four threads at the same moment, two through each node; their answers. */
    private <T> List<T> atOnce(NodeWork<T> work) throws Exception {
        if (threads == null) {
            threads = Executors.newFixedThreadPool(4);
        }
        CyclicBarrier start = new CyclicBarrier(4);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            EndedSessions node = i % 2 == 0 ? one : other;
            int thread = i;
            Callable<T> task = () -> {
                start.await(10, TimeUnit.SECONDS);
                return work.on(node, thread);
            };
            futures.add(threads.submit(task));
        }
        List<T> answers = new ArrayList<>();
        for (Future<T> future : futures) {
            answers.add(future.get(20, TimeUnit.SECONDS));
        }
        return answers;
    }

    @FunctionalInterface
    private interface NodeWork<T> {
        T on(EndedSessions node, int thread) throws Exception;
    }
}
