package cn.remotewindow.signaling.verification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.signaling.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryVerificationPlacesTest extends VerificationPlacesContract {

    /** One node: both views are the same instance. */
    @Override
    protected List<VerificationPlaces> twoNodes(Clock clock) {
        VerificationPlaces places = new InMemoryVerificationPlaces(HOLDER, clock);
        return List.of(places, places);
    }

    @Test
    void endedHoldsAreForgottenSoMemoryStaysBounded() {
        MutableClock moved = new MutableClock(Instant.parse("2026-11-21T08:00:00Z"));
        InMemoryVerificationPlaces places = new InMemoryVerificationPlaces(HOLDER, moved);
        for (int i = 0; i < 1000; i++) {
            places.heldHere("v-old-" + i, moved.instant().plusSeconds(150));
        }
        moved.advance(Duration.ofMinutes(3));
        places.heldHere("v-new", moved.instant().plusSeconds(150));
        assertThat(places.current()).containsOnlyKeys("v-new");
    }
}
