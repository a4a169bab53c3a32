package cn.remotewindow.bench.identity;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How busy the rest of the machine was while the benchmark measured: the benchmark shares its two cores
 * with whatever else runs, and its times are only comparable when the others left them alone.
 */
final class MachineCpu {

    private MachineCpu() {
    }

    /** The "cpu" line of /proc/stat: user nice system idle iowait irq softirq steal; empty if unreadable. */
    static long[] jiffies() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long[] values = new long[8];
            for (int i = 0; i < values.length; i++) {
                values[i] = Long.parseLong(fields[i + 1]);
            }
            return values;
        } catch (IOException | RuntimeException e) {
            return new long[0];
        }
    }

    /** CPU time of this JVM (all threads, OpenCV's native workers included). */
    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /**
     * Busy share of all CPUs not used by this process, in percent of the machine's capacity over the
     * interval; NaN if /proc/stat could not be read.
     */
    static double othersBusyPercent(long[] before, long[] after, long processNanos, double wallNanos) {
        if (before.length == 0 || after.length == 0) {
            return Double.NaN;
        }
        long total = 0;
        for (int i = 0; i < before.length; i++) {
            total += after[i] - before[i];
        }
        long idle = (after[3] - before[3]) + (after[4] - before[4]);
        if (total <= 0) {
            return Double.NaN;
        }
        double busyShare = (double) (total - idle) / total;
        double ownShare = processNanos / (wallNanos * Runtime.getRuntime().availableProcessors());
        return Math.max(0, busyShare - ownShare) * 100;
    }
}
