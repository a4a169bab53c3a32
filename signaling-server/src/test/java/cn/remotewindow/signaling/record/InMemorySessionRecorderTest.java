package cn.remotewindow.signaling.record;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InMemorySessionRecorderTest extends SessionRecordsContract {

    @Override
    protected Store newStore() {
        InMemorySessionRecorder recorder = new InMemorySessionRecorder(1000);
        return new Store(recorder, recorder);
    }

    @Test
    void beyondItsCapacityTheOldestEventsAndWhatHungOnThemAreForgotten() {
        InMemorySessionRecorder small = new InMemorySessionRecorder(4);
        store = new Store(small, small);
        record("s1", SessionEvent.Kind.REQUESTED, 0, null);
        record("s1", SessionEvent.Kind.ACCEPTED, 1, "e1");
        record("s2", SessionEvent.Kind.REQUESTED, 2, null);
        record("s2", SessionEvent.Kind.ACCEPTED, 3, "e1");
        assertThat(small.servedBy("e1", 10)).extracting(SessionRecord::sessionId).containsExactly("s2", "s1");

        record("s1", SessionEvent.Kind.ENDED, 4, "e1");
        assertThat(small.eventsOf("s1")).extracting(SessionEvent::kind)
                .containsExactly(SessionEvent.Kind.ACCEPTED, SessionEvent.Kind.ENDED);
        record("s2", SessionEvent.Kind.ENDED, 5, "e1");
        assertThat(small.servedBy("e1", 10)).as("s1's acceptance is gone").extracting(SessionRecord::sessionId)
                .containsExactly("s2");
        assertThat(small.find("s1")).get().satisfies(r -> assertThat(r.expertId()).isNull());
        assertThat(small.all()).hasSize(4);
        record("s3", SessionEvent.Kind.REQUESTED, 6, null);
        record("s3", SessionEvent.Kind.ENDED, 7, null);
        assertThat(small.servedBy("e1", 10)).isEmpty();
        record("s3", SessionEvent.Kind.RATED, 8, null);
        assertThat(small.find("s1")).as("no event of s1 is left").isEmpty();
        assertThat(small.eventsOf("s1")).isEmpty();
    }

    @Test
    void aGuestInvitedTwiceStaysListedUntilItsLastJoiningIsForgotten() {
        InMemorySessionRecorder small = new InMemorySessionRecorder(3);
        store = new Store(small, small);
        record("s1", SessionEvent.Kind.JOINED, 0, "g1");
        record("s1", SessionEvent.Kind.LEFT, 1, "g1");
        record("s1", SessionEvent.Kind.JOINED, 2, "g1");
        record("s1", SessionEvent.Kind.LEFT, 3, "g1");
        assertThat(small.servedBy("g1", 10)).as("the second joining is still there")
                .extracting(SessionRecord::sessionId).containsExactly("s1");
        record("s1", SessionEvent.Kind.ENDED, 4, null);
        record("s1", SessionEvent.Kind.RATED, 5, null);
        assertThat(small.servedBy("g1", 10)).isEmpty();
    }
}
