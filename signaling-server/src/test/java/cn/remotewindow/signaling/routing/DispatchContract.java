package cn.remotewindow.signaling.routing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.protocol.message.ExpertState;
import cn.remotewindow.protocol.message.Priority;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link Dispatch} implementation must have. Subclasses supply the implementation. */
public abstract class DispatchContract {

    protected Dispatch dispatch;

    protected abstract Dispatch newDispatch();

    @BeforeEach
    void setUp() {
        dispatch = newDispatch();
    }

    private WaitingRequest request(String sessionId, String skill, Priority priority) {
        return new WaitingRequest(sessionId, skill, priority, dispatch.nextSequence(), Set.of());
    }

    private void available(String expertId, String... skills) {
        dispatch.signOn(expertId, Set.of(skills));
        assertThat(dispatch.setWanted(expertId, ExpertState.AVAILABLE)).isEmpty();
    }

    @Test
    void anExpertSignsOnAway() {
        dispatch.signOn("e1", Set.of("A"));
        assertThat(dispatch.expert("e1")).map(ExpertStatus::effectiveState).contains(ExpertState.AWAY);
        assertThat(dispatch.place(request("s1", "A", Priority.NORMAL))).isInstanceOf(Placement.Queued.class);
    }

    @Test
    void offersToTheLongestIdleAvailableExpertWithTheSkill() {
        available("e1", "A");
        available("e2", "A", "B");
        available("e3", "B");
        assertThat(dispatch.place(request("s1", "B", Priority.NORMAL))).isEqualTo(new Placement.Offered("e2"));
        assertThat(dispatch.place(request("s2", "A", Priority.NORMAL))).isEqualTo(new Placement.Offered("e1"));
        assertThat(dispatch.place(request("s3", "A", Priority.NORMAL))).isInstanceOf(Placement.Queued.class);
        assertThat(dispatch.expert("e2")).get().satisfies(s -> {
            assertThat(s.sessionId()).isEqualTo("s1");
            assertThat(s.ringing()).isTrue();
            assertThat(s.effectiveState()).isEqualTo(ExpertState.BUSY);
        });
    }

    @Test
    void anOfferToANamedExpertRingsOnlyThemAndOnlyWhenTheyAreFree() {
        available("e1", "A");
        available("e2", "B");
        dispatch.signOn("e3", Set.of("B"));
        assertThat(dispatch.offerTo("e2", request("s1", "A", Priority.NORMAL))).isTrue();
        assertThat(dispatch.expert("e2")).get().satisfies(s -> {
            assertThat(s.sessionId()).isEqualTo("s1");
            assertThat(s.ringing()).isTrue();
        });
        assertThat(dispatch.confirm("e2", "s1")).isTrue();
        // Busy, away or unknown: refused, and nothing changes.
        assertThat(dispatch.offerTo("e2", request("s2", "A", Priority.NORMAL))).isFalse();
        assertThat(dispatch.offerTo("e3", request("s2", "A", Priority.NORMAL))).isFalse();
        assertThat(dispatch.offerTo("nobody", request("s2", "A", Priority.NORMAL))).isFalse();
        assertThat(dispatch.expert("e3")).map(ExpertStatus::sessionId).isEmpty();
        // The named expert is no longer idle: a request of their skill does not ring them too.
        assertThat(dispatch.place(request("s3", "B", Priority.NORMAL))).isInstanceOf(Placement.Queued.class);
        assertThat(dispatch.place(request("s4", "A", Priority.NORMAL))).isEqualTo(new Placement.Offered("e1"));
    }

    @Test
    void anInvitationGoesToTheLongestIdleFreeExpertOfTheSkillAndIsNeverQueued() {
        available("e1", "A");
        available("e2", "A", "B");
        dispatch.signOn("e3", Set.of("B"));
        WaitingRequest passedByE1 = new WaitingRequest("s1", "A", Priority.NORMAL, dispatch.nextSequence(), Set.of("e1"));
        assertThat(dispatch.offerIdle(passedByE1)).as("not to an expert it excludes").contains("e2");
        assertThat(dispatch.expert("e2")).get().satisfies(s -> {
            assertThat(s.sessionId()).isEqualTo("s1");
            assertThat(s.ringing()).isTrue();
        });
        // Nobody else free for B (e3 is away, e2 rings): refused, nothing queued, nothing changed.
        assertThat(dispatch.offerIdle(request("s2", "B", Priority.NORMAL))).isEmpty();
        assertThat(dispatch.queue("B").waiting()).isEmpty();
        assertThat(dispatch.withdraw("s2")).isFalse();
        assertThat(dispatch.expert("e3")).map(ExpertStatus::sessionId).isEmpty();
        assertThat(dispatch.offerIdle(request("s3", "NOBODY", Priority.NORMAL))).isEmpty();
        // The invited expert is rung for nothing else; a regular request takes the longest-idle other.
        assertThat(dispatch.place(request("s4", "A", Priority.NORMAL))).isEqualTo(new Placement.Offered("e1"));
    }

    @Test
    void concurrentInvitationsNeverRingTheSameExpertTwice() throws Exception {
        available("e1", "A");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Optional<String>>> offers = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                WaitingRequest invitation = request("s" + i, "A", Priority.NORMAL);
                offers.add(pool.submit(() -> dispatch.offerIdle(invitation)));
            }
            int rung = 0;
            for (java.util.concurrent.Future<Optional<String>> offer : offers) {
                rung += offer.get(10, java.util.concurrent.TimeUnit.SECONDS).isPresent() ? 1 : 0;
            }
            assertThat(rung).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anExpertFreedLaterGoesToTheBackOfTheIdleLine() {
        available("e1", "A");
        available("e2", "A");
        dispatch.place(request("s1", "A", Priority.NORMAL));
        dispatch.release("e1", "s1", null);
        assertThat(dispatch.place(request("s2", "A", Priority.NORMAL))).isEqualTo(new Placement.Offered("e2"));
    }

    @Test
    void greenChannelIsServedFirstAndEachClassFirstComeFirstServed() {
        dispatch.signOn("e1", Set.of("A"));
        dispatch.place(request("n1", "A", Priority.NORMAL));
        dispatch.place(request("n2", "A", Priority.NORMAL));
        dispatch.place(request("g1", "A", Priority.GREEN_CHANNEL));
        dispatch.place(request("g2", "A", Priority.GREEN_CHANNEL));
        assertThat(dispatch.queue("A").waiting()).extracting(WaitingRequest::sessionId)
                .containsExactly("g1", "g2", "n1", "n2");
        assertThat(dispatch.setWanted("e1", ExpertState.AVAILABLE)).map(WaitingRequest::sessionId).contains("g1");
        assertThat(dispatch.release("e1", "g1", null).claimed()).map(WaitingRequest::sessionId).contains("g2");
        assertThat(dispatch.release("e1", "g2", null).claimed()).map(WaitingRequest::sessionId).contains("n1");
        assertThat(dispatch.queue("A").waiting()).extracting(WaitingRequest::sessionId).containsExactly("n2");
    }

    @Test
    void aFreedExpertTakesTheBestRequestAcrossTheirSkills() {
        dispatch.signOn("e1", Set.of("A", "B"));
        dispatch.place(request("a1", "A", Priority.NORMAL));
        dispatch.place(request("b1", "B", Priority.NORMAL));
        dispatch.place(request("b2", "B", Priority.GREEN_CHANNEL));
        assertThat(dispatch.setWanted("e1", ExpertState.AVAILABLE)).map(WaitingRequest::sessionId).contains("b2");
        assertThat(dispatch.release("e1", "b2", null).claimed()).map(WaitingRequest::sessionId).contains("a1");
    }

    @Test
    void aRequestPlacedAgainKeepsItsPlaceInTheQueue() {
        dispatch.signOn("e1", Set.of("A"));
        WaitingRequest first = request("s1", "A", Priority.NORMAL);
        WaitingRequest second = request("s2", "A", Priority.NORMAL);
        dispatch.place(second);
        dispatch.place(first.passedBy("someone"));
        assertThat(dispatch.queue("A").waiting()).extracting(WaitingRequest::sessionId).containsExactly("s1", "s2");
    }

    @Test
    void aRequestIsNotOfferedAgainToAnExpertWhoPassedIt() {
        available("e1", "A");
        WaitingRequest declined = request("s1", "A", Priority.NORMAL).passedBy("e1");
        assertThat(dispatch.place(declined)).isInstanceOf(Placement.Queued.class);
        dispatch.signOn("e2", Set.of("A"));
        assertThat(dispatch.setWanted("e2", ExpertState.AVAILABLE)).map(WaitingRequest::sessionId).contains("s1");
        assertThat(dispatch.queue("A").waiting()).isEmpty();
        assertThat(dispatch.expert("e2")).map(ExpertStatus::sessionId).contains("s1");
    }

    @Test
    void anExpertWhoPassedARequestStillTakesTheNextOne() {
        dispatch.signOn("e1", Set.of("A"));
        dispatch.place(request("s1", "A", Priority.NORMAL).passedBy("e1"));
        dispatch.place(request("s2", "A", Priority.NORMAL));
        assertThat(dispatch.setWanted("e1", ExpertState.AVAILABLE)).map(WaitingRequest::sessionId).contains("s2");
    }

    @Test
    void confirmTurnsARingIntoACallOnlyForTheRungSession() {
        available("e1", "A");
        dispatch.place(request("s1", "A", Priority.NORMAL));
        assertThat(dispatch.confirm("e1", "other")).isFalse();
        assertThat(dispatch.confirm("e1", "s1")).isTrue();
        assertThat(dispatch.confirm("e1", "s1")).isFalse();
        assertThat(dispatch.expert("e1")).get().satisfies(s -> assertThat(s.ringing()).isFalse());
    }

    @Test
    void aStaleReleaseChangesNothing() {
        available("e1", "A");
        dispatch.place(request("s1", "A", Priority.NORMAL));
        assertThat(dispatch.release("e1", "s0", ExpertState.AWAY)).isEqualTo(Release.NOT_HELD);
        assertThat(dispatch.expert("e1")).map(ExpertStatus::sessionId).contains("s1");
    }

    @Test
    void releasingAwayTakesNoRequest() {
        available("e1", "A");
        dispatch.place(request("s1", "A", Priority.NORMAL));
        dispatch.place(request("s2", "A", Priority.NORMAL));
        Release release = dispatch.release("e1", "s1", ExpertState.AWAY);
        assertThat(release.held()).isTrue();
        assertThat(release.claimed()).isEmpty();
        assertThat(dispatch.expert("e1")).map(ExpertStatus::effectiveState).contains(ExpertState.AWAY);
        assertThat(dispatch.queue("A").waiting()).hasSize(1);
    }

    @Test
    void awayAskedDuringACallAppliesWhenItEnds() {
        available("e1", "A");
        dispatch.place(request("s1", "A", Priority.NORMAL));
        dispatch.confirm("e1", "s1");
        dispatch.setWanted("e1", ExpertState.AWAY);
        assertThat(dispatch.expert("e1")).map(ExpertStatus::effectiveState).contains(ExpertState.BUSY);
        dispatch.place(request("s2", "A", Priority.NORMAL));
        assertThat(dispatch.release("e1", "s1", null).claimed()).isEmpty();
        assertThat(dispatch.expert("e1")).map(ExpertStatus::effectiveState).contains(ExpertState.AWAY);
    }

    @Test
    void withdrawTakesAQueuedRequestOutOnce() {
        dispatch.place(request("s1", "A", Priority.NORMAL));
        assertThat(dispatch.withdraw("s1")).isTrue();
        assertThat(dispatch.withdraw("s1")).isFalse();
        assertThat(dispatch.queue("A").waiting()).isEmpty();
    }

    @Test
    void signOffForgetsTheExpertAndTellsWhatTheyHeld() {
        available("e1", "A");
        dispatch.place(request("s1", "A", Priority.NORMAL));
        Optional<ExpertStatus> before = dispatch.signOff("e1");
        assertThat(before).map(ExpertStatus::sessionId).contains("s1");
        assertThat(dispatch.expert("e1")).isEmpty();
        assertThat(dispatch.place(request("s2", "A", Priority.NORMAL))).isInstanceOf(Placement.Queued.class);
    }

    @Test
    void theQueueCountsEveryExpertOnlineWithTheSkill() {
        available("e1", "A");
        dispatch.signOn("e2", Set.of("A"));
        dispatch.signOn("e3", Set.of("B"));
        QueueSnapshot snapshot = dispatch.queue("A");
        assertThat(snapshot.expertsOnline()).isEqualTo(2);
        assertThat(snapshot.waiting()).isEqualTo(List.of());
    }

    @Test
    void theQueueCountsTheAvailableExpertsAmongThem() {
        available("e1", "A");
        available("e2", "A", "B");
        dispatch.signOn("e3", Set.of("A"));
        assertThat(dispatch.queue("A").expertsAvailable()).isEqualTo(2);
        assertThat(dispatch.queue("B").expertsAvailable()).isEqualTo(1);

        dispatch.place(request("s1", "B", Priority.NORMAL));
        assertThat(dispatch.queue("B").expertsAvailable()).as("a rung expert is busy").isZero();
        assertThat(dispatch.queue("A").expertsAvailable()).as("in every queue of theirs").isEqualTo(1);
        dispatch.setWanted("e1", ExpertState.AWAY);
        assertThat(dispatch.queue("A").expertsAvailable()).isZero();
        dispatch.release("e2", "s1", null);
        assertThat(dispatch.queue("A").expertsAvailable()).isEqualTo(1);
        assertThat(dispatch.queue("B").expertsAvailable()).isEqualTo(1);
        dispatch.signOff("e2");
        assertThat(dispatch.queue("A").expertsAvailable()).isZero();
        assertThat(dispatch.queue("A").expertsOnline()).isEqualTo(2);
    }

    @Test
    void sequencesOnlyGrow() {
        long a = dispatch.nextSequence();
        long b = dispatch.nextSequence();
        assertThat(b).isGreaterThan(a);
    }
}
