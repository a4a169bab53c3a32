package cn.remotewindow.signaling.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WaitEstimatorTest {

    @Test
    void usesTheAssumedHandleTimeUntilCallsWereMeasured() {
        WaitEstimator estimator = new WaitEstimator(Duration.ofMinutes(5), 10);
        assertThat(estimator.estimateSeconds("A", 1, 1)).isEqualTo(300);
        assertThat(estimator.estimateSeconds("A", 3, 2)).isEqualTo(480);
    }

    @Test
    void nobodyCanSayWhenNoExpertIsSignedOn() {
        assertThat(new WaitEstimator(Duration.ofMinutes(5), 10).estimateSeconds("A", 1, 0)).isNull();
    }

    @Test
    void followsTheMeanOfRecentHandleTimes() {
        WaitEstimator estimator = new WaitEstimator(Duration.ofMinutes(5), 2);
        estimator.recordHandleTime("A", Duration.ofSeconds(100));
        estimator.recordHandleTime("A", Duration.ofSeconds(200));
        assertThat(estimator.meanHandleTime("A")).isEqualTo(Duration.ofSeconds(150));
        estimator.recordHandleTime("A", Duration.ofSeconds(400));
        assertThat(estimator.meanHandleTime("A")).as("only the last two count").isEqualTo(Duration.ofSeconds(300));
        assertThat(estimator.meanHandleTime("B")).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void roundsUpToStepsACitizenCanRead() {
        WaitEstimator estimator = new WaitEstimator(Duration.ofSeconds(7), 10);
        assertThat(estimator.estimateSeconds("A", 1, 1)).isEqualTo(15);
        assertThat(estimator.estimateSeconds("A", 5, 1)).isEqualTo(45);
        assertThat(estimator.estimateSeconds("A", 10, 1)).isEqualTo(120);
        assertThat(estimator.estimateSeconds("A", 100, 1)).isEqualTo(900);
    }

    @Test
    void smallChangesInHandleTimeDoNotChangeTheEstimate() {
        WaitEstimator estimator = new WaitEstimator(Duration.ofSeconds(170), 1);
        Integer before = estimator.estimateSeconds("A", 1, 1);
        estimator.recordHandleTime("A", Duration.ofSeconds(175));
        assertThat(estimator.estimateSeconds("A", 1, 1)).isEqualTo(before).isEqualTo(180);
    }
}
