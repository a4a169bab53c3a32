package cn.remotewindow.kiosk.media.diagnostics;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Samples this process's RSS, CPU time, heap, threads and open files, once or at an interval, for leak checks and for the
 * long-running media benchmark: start one, run the load, read {@link #trend()}.
 *
 * <p>RSS, not heap: libwebrtc's memory is native and invisible to the JVM's own counters. Linux
 * only ({@code /proc/self/status}).
 */
public final class ResourceSampler implements AutoCloseable {

    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path FDS = Path.of("/proc/self/fd");

    private final long startNanos = System.nanoTime();
    private final List<ResourceSample> samples = new ArrayList<>();
    private final ScheduledExecutorService timer;

    private ResourceSampler(Duration interval) {
        if (interval == null) {
            this.timer = null;
            return;
        }
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "resource-sampler");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(this::sample, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A sampler that takes a sample every {@code interval} until closed. */
    public static ResourceSampler every(Duration interval) {
        return new ResourceSampler(interval);
    }

    /** A sampler that samples only when {@link #sample()} is called (e.g. once per test cycle). */
    public static ResourceSampler manual() {
        return new ResourceSampler(null);
    }

    /** Takes a sample now and returns it. */
    public ResourceSample sample() {
        ResourceSample sample = new ResourceSample((System.nanoTime() - startNanos) / 1_000_000, statusKiB("VmRSS:") * 1024,
                cpuNanos(), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
                (int) statusKiB("Threads:"), openFiles());
        synchronized (samples) {
            samples.add(sample);
        }
        return sample;
    }

    public List<ResourceSample> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    /** The trend of the samples from index {@code from} on (to skip a warm-up). */
    public ResourceTrend trend(int from) {
        List<ResourceSample> all = samples();
        return ResourceTrend.of(all.subList(Math.min(from, all.size()), all.size()));
    }

    public ResourceTrend trend() {
        return trend(0);
    }

    /** Resident set size of this process in bytes. */
    public static long rssBytes() {
        return statusKiB("VmRSS:") * 1024;
    }

    /** The first number of a line of /proc/self/status (kB for sizes, a count for Threads). */
    private static long statusKiB(String key) {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith(key)) {
                    String[] parts = line.substring(key.length()).trim().split("\\s+");
                    return Long.parseLong(parts[0]);
                }
            }
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("cannot read " + key + " from " + STATUS, e);
        }
        throw new IllegalStateException("no " + key + " in " + STATUS);
    }

    private static int openFiles() {
        try (var entries = Files.list(FDS)) {
            return (int) entries.count();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + FDS, e);
        }
    }

    /** CPU time of the whole process (all threads, native ones too) in nanoseconds. */
    public static long cpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        throw new IllegalStateException("process CPU time is not available on this JVM");
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
