package cn.remotewindow.bench.signaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ClusterPlanTest {

    private static final String URIS = "ws://127.0.0.1:1/signal,ws://127.0.0.1:2/signal,ws://127.0.0.1:3/signal";

    @Test
    void defaultsAreSizedForThreeNodesOnTwoCores() {
        ClusterPlan plan = ClusterPlan.parse(new String[] {"--uris", URIS, "--server-pids", "11,12,13",
                "--secret", "c2VjcmV0"});

        assertThat(plan.nodes()).hasSize(3);
        assertThat(plan.serverPids()).containsExactly(11L, 12L, 13L);
        assertThat(plan.load().clients()).isEqualTo(600);
        assertThat(plan.load().rate()).isEqualTo(20);
        assertThat(plan.load().warmup()).isEqualTo(Duration.ofSeconds(180));
        assertThat(plan.load().skills()).isEqualTo(9);
        assertThat(plan.failNode()).isEqualTo(1);
        assertThat(plan.reconnectDelay()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void signalingOptionsPassThroughAndOverrideTheDefaults() {
        ClusterPlan plan = ClusterPlan.parse(new String[] {"--uris", URIS, "--server-pids", "11,12,13",
                "--secret", "c2VjcmV0", "--clients", "900", "--warmup", "5", "--failover-calls", "12"});

        assertThat(plan.load().clients()).isEqualTo(900);
        assertThat(plan.load().warmup()).isEqualTo(Duration.ofSeconds(5));
        assertThat(plan.failoverCalls()).isEqualTo(12);
    }

    @Test
    void refusesOneNodeOptionsAndMismatchedLists() {
        assertThatThrownBy(() -> ClusterPlan.parse(new String[] {"--uri", "ws://127.0.0.1:1/signal"}))
                .hasMessageContaining("--uris");
        assertThatThrownBy(() -> ClusterPlan.parse(new String[] {"--uris", URIS, "--server-pids", "11,12",
                "--secret", "c2VjcmV0"})).hasMessageContaining("--server-pids");
    }
}
