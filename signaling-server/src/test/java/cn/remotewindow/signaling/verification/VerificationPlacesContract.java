package cn.remotewindow.signaling.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link VerificationPlaces} answers, through the node that holds a verification and
 * through another. Holds end in real time (Redis forgets by its own clock), so the clock is the system's.
 */
public abstract class VerificationPlacesContract {

    protected static final String HOLDER = "node-a";

    protected final Clock clock = Clock.systemUTC();

    private VerificationPlaces holder;
    private VerificationPlaces other;

    /**
     * Two nodes' views of places that are new to this test: node {@value #HOLDER}'s and another's
     * (in memory, where there is one node: one instance twice).
     */
    protected abstract List<VerificationPlaces> twoNodes(Clock clock);

    @BeforeEach
    void setUp() {
        List<VerificationPlaces> nodes = twoNodes(clock);
        holder = nodes.get(0);
        other = nodes.get(1);
    }

    @Test
    void aVerificationIsFoundOnTheNodeThatHoldsItFromEveryNode() {
        holder.heldHere("v-1", clock.instant().plusSeconds(60));
        holder.heldHere("v-2", clock.instant().plusSeconds(60));

        assertThat(holder.holder("v-1")).contains(HOLDER);
        assertThat(other.holder("v-1")).contains(HOLDER);
        assertThat(other.holder("v-2")).contains(HOLDER);
    }

    @Test
    void aVerificationNobodyHoldsIsFoundNowhere() {
        assertThat(holder.holder("v-nope")).isEmpty();
        assertThat(other.holder("v-nope")).isEmpty();
    }

    @Test
    void aHoldEndsAtItsTimeAndOthersStay() {
        holder.heldHere("v-short", clock.instant().plusMillis(300));
        holder.heldHere("v-long", clock.instant().plusSeconds(60));
        holder.heldHere("v-past", clock.instant().minusSeconds(1));
        assertThat(other.holder("v-past")).as("a hold already over").isEmpty();

        await().atMost(Duration.ofSeconds(5))
                .until(() -> holder.holder("v-short").isEmpty() && other.holder("v-short").isEmpty());
        assertThat(other.holder("v-long")).contains(HOLDER);
    }
}
