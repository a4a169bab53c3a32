package cn.remotewindow.bench.identity;

import java.util.Arrays;

/** Times one action repeatedly after a warm-up; reports the median and a few percentiles in ms. */
final class Medians {

    private Medians() {
    }

    /** CPU of the whole machine and of this process over the last {@link #time} call. */
    record Cpu(double processMsPerRun, double othersBusyPercent) {
    }

    private static Cpu lastCpu = new Cpu(Double.NaN, Double.NaN);

    static Cpu lastCpu() {
        return lastCpu;
    }

    /** Timed results in milliseconds, sorted. */
    static double[] time(int warmup, int runs, Runnable action) {
        for (int i = 0; i < warmup; i++) {
            action.run();
        }
        double[] ms = new double[runs];
        long[] machineBefore = MachineCpu.jiffies();
        long processBefore = MachineCpu.processCpuNanos();
        long wallBefore = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            action.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        long processNanos = MachineCpu.processCpuNanos() - processBefore;
        double wallNanos = System.nanoTime() - wallBefore;
        lastCpu = new Cpu(processNanos / 1e6 / runs,
                MachineCpu.othersBusyPercent(machineBefore, MachineCpu.jiffies(), processNanos, wallNanos));
        Arrays.sort(ms);
        return ms;
    }

    /** The q-quantile (0..1) of sorted values, nearest rank. */
    static double quantile(double[] sorted, double q) {
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
