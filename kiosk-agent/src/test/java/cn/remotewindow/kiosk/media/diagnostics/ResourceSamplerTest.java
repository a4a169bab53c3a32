package cn.remotewindow.kiosk.media.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceSamplerTest {

    @Test
    void aSampleReadsThisProcess() {
        try (ResourceSampler sampler = ResourceSampler.manual()) {
            ResourceSample sample = sampler.sample();
            assertThat(sample.rssBytes()).isGreaterThan(10L << 20);
            assertThat(sample.cpuNanos()).isPositive();
            assertThat(sample.heapUsedBytes()).isPositive();
            assertThat(sample.threads()).isGreaterThan(1);
            assertThat(sample.openFiles()).isGreaterThan(2);
            assertThat(sampler.samples()).containsExactly(sample);
        }
    }

    @Test
    void aTimedSamplerKeepsSampling() {
        try (ResourceSampler sampler = ResourceSampler.every(Duration.ofMillis(20))) {
            await().atMost(Duration.ofSeconds(10)).until(() -> sampler.samples().size() >= 3);
            assertThat(sampler.trend().samples()).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void theTrendIsTheSlopeOfRssOverTime() {
        // 1 MiB more every 6 s: 10 MiB per minute; 3 s of CPU in 60 s: a twentieth of a core.
        List<ResourceSample> series = List.of(
                sample(0, 100, 0), sample(6_000, 101, 300), sample(12_000, 102, 600), sample(60_000, 110, 3_000));
        ResourceTrend trend = ResourceTrend.of(series);
        assertThat(trend.rssSlopeMiBPerMinute()).isCloseTo(10.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(trend.cpuCores()).isCloseTo(0.05, org.assertj.core.data.Offset.offset(0.001));
        assertThat(trend.maxRssMiB()).isEqualTo(110.0);
        assertThat(trend.seconds()).isEqualTo(60.0);
        assertThat(trend.toString()).contains("slope +10.00 MiB/min");
        assertThatThrownBy(() -> ResourceTrend.of(series.subList(0, 1))).isInstanceOf(IllegalArgumentException.class);
    }

    private static ResourceSample sample(long millis, int rssMiB, long cpuMillis) {
        return new ResourceSample(millis, rssMiB * 1024L * 1024L, cpuMillis * 1_000_000L, 1 << 20, 10, 20);
    }
}
