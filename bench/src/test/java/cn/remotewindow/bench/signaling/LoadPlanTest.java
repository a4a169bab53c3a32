package cn.remotewindow.bench.signaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoadPlanTest {

    private static final String[] REQUIRED = {"--uri", "ws://127.0.0.1:1/signal", "--secret", "c2VjcmV0"};

    @Test
    void defaultsAreTheIssuesTargetLoad() {
        LoadPlan plan = LoadPlan.parse(REQUIRED);

        assertThat(plan.clients()).isEqualTo(5000);
        assertThat(plan.kiosks()).isEqualTo(4000);
        assertThat(plan.experts()).isEqualTo(1000);
        assertThat(plan.rate()).isEqualTo(200);
        assertThat(plan.duration()).isEqualTo(Duration.ofSeconds(60));
        assertThat(plan.experts()).isGreaterThanOrEqualTo(plan.expertsNeeded());
    }

    @Test
    void optionsOverrideDefaults() {
        LoadPlan plan = LoadPlan.parse(concat(REQUIRED, "--clients", "100", "--experts", "30", "--rate", "12.5",
                "--duration", "5"));

        assertThat(plan.kiosks()).isEqualTo(70);
        assertThat(plan.experts()).isEqualTo(30);
        assertThat(plan.rate()).isEqualTo(12.5);
        assertThat(plan.duration()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void refusesUnknownOptionsAndImpossiblePlans() {
        assertThatThrownBy(() -> LoadPlan.parse(concat(REQUIRED, "--clinets", "10")))
                .hasMessageContaining("--clinets");
        assertThatThrownBy(() -> LoadPlan.parse(concat(REQUIRED, "--clients", "10", "--experts", "10")))
                .hasMessageContaining("kiosks");
        assertThatThrownBy(() -> LoadPlan.parse(new String[] {"--uri", "ws://127.0.0.1:1/signal"}))
                .hasMessageContaining("secret");
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = new String[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
