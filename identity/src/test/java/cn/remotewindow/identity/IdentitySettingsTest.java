package cn.remotewindow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class IdentitySettingsTest {

    @Test
    void defaultsAreConsistent() {
        IdentitySettings d = IdentitySettings.defaults();
        assertThat(d.match().reviewFloor()).isLessThan(d.match().pass());
        assertThat(d.liveness().returnYaw()).isLessThan(d.liveness().turnYaw());
        // A card chip photo (102x126) must get through the image limits.
        assertThat(d.images().minWidth()).isLessThanOrEqualTo(102);
        assertThat(d.images().minHeight()).isLessThanOrEqualTo(126);
        // The frontal gate must be wider than a "returned to frontal" band, or a return could not be frontal.
        assertThat(d.liveQuality().maxFrontalYaw()).isGreaterThan(d.liveness().returnYaw());
        assertThat(d.analyzers()).isBetween(1, 2);
    }

    @Test
    void refusesInconsistentThresholds() {
        assertThatThrownBy(() -> new MatchThresholds(0.5, 0.6, 0.3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QualityThresholds(80, 30, 200, 100, 0.1, 0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LivenessThresholds(0.1, 0.05, 0.2, 0.03, 7, 30, Duration.ofSeconds(20), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ImageLimits(1000, 10, 10, 64, 64)).isInstanceOf(IllegalArgumentException.class);
    }
}
