package cn.remotewindow.kiosk.media.diagnostics;

import java.util.List;

/**
 * What a series of {@link ResourceSample}s says: how much memory, whether it keeps growing, how
 * much CPU.
 *
 * @param rssSlopeMiBPerMinute least-squares slope of RSS over time: near 0 for a steady process,
 *                             positive and steady for a leak
 * @param cpuCores             average CPU in cores (1.0 = one core fully busy) over the series
 */
public record ResourceTrend(int samples, double firstRssMiB, double lastRssMiB, double maxRssMiB,
                            double rssSlopeMiBPerMinute, double cpuCores, double seconds, ResourceSample first,
                            ResourceSample last) {

    static ResourceTrend of(List<ResourceSample> series) {
        if (series.size() < 2) {
            throw new IllegalArgumentException("a trend needs at least two samples");
        }
        ResourceSample first = series.get(0);
        ResourceSample last = series.get(series.size() - 1);
        double n = series.size();
        double meanT = series.stream().mapToDouble(s -> s.elapsedMillis() / 60_000.0).sum() / n;
        double meanR = series.stream().mapToDouble(ResourceSample::rssMiB).sum() / n;
        double covariance = 0;
        double variance = 0;
        for (ResourceSample s : series) {
            double t = s.elapsedMillis() / 60_000.0 - meanT;
            covariance += t * (s.rssMiB() - meanR);
            variance += t * t;
        }
        double seconds = (last.elapsedMillis() - first.elapsedMillis()) / 1000.0;
        double cpu = seconds <= 0 ? 0 : (last.cpuNanos() - first.cpuNanos()) / 1e9 / seconds;
        double max = series.stream().mapToDouble(ResourceSample::rssMiB).max().orElse(0);
        return new ResourceTrend(series.size(), first.rssMiB(), last.rssMiB(), max,
                variance == 0 ? 0 : covariance / variance, cpu, seconds, first, last);
    }

    @Override
    public String toString() {
        return String.format("rss %.1f -> %.1f MiB (max %.1f, slope %+.2f MiB/min), heap %.1f -> %.1f MiB,"
                        + " threads %d -> %d, files %d -> %d, cpu %.2f cores over %.0f s",
                firstRssMiB, lastRssMiB, maxRssMiB, rssSlopeMiBPerMinute, first.heapUsedMiB(), last.heapUsedMiB(),
                first.threads(), last.threads(), first.openFiles(), last.openFiles(), cpuCores, seconds);
    }
}
