package cn.remotewindow.bench.signaling;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Samples another JVM's used heap once a second with {@code jstat -gc} (G1, Parallel or Serial;
 * for ZGC jstat reports no usage and the figures stay unknown): survivor, eden and old
 * generation in use (S0U+S1U+EU+OU). This includes garbage not yet collected, so it is what the
 * heap must hold, not the live set; {@link #liveAfterFullGc()} asks for a full GC and reads the
 * rest. The same samples carry the collectors' pause counts and times (YGC, YGCT, FGC, FGCT).
 * The actuator's metrics endpoint needs a log-in, which the benchmark does not have.
 */
final class HeapSampler implements AutoCloseable {

    private static final String[] USED_COLUMNS = {"S0U", "S1U", "EU", "OU"};
    private static final String[] PAUSE_COLUMNS = {"YGC", "YGCT", "FGC", "FGCT"};

    /** Stop-the-world collections so far: how many and their total seconds. */
    record Pauses(long count, double seconds) {
        Pauses minus(Pauses earlier) {
            return new Pauses(count - earlier.count, seconds - earlier.seconds);
        }
    }

    private final long pid;
    private final Process jstat;
    private final Thread reader;
    private volatile double maxUsedKb = -1;
    private volatile int samples;
    private volatile Pauses pauses;

    HeapSampler(long pid) throws IOException {
        this.pid = pid;
        this.jstat = new ProcessBuilder("jstat", "-gc", Long.toString(pid), "1000")
                .redirectErrorStream(true)
                .start();
        this.reader = new Thread(this::read, "heap-sampler");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(jstat.getInputStream(), StandardCharsets.US_ASCII))) {
            int[] columns = null;
            int[] pauseColumns = null;
            String line;
            while ((line = lines.readLine()) != null) {
                String[] fields = line.trim().split("\\s+");
                if (columns == null) {
                    columns = columnsOf(fields, USED_COLUMNS);
                    pauseColumns = columnsOf(fields, PAUSE_COLUMNS);
                    continue;
                }
                double used = sum(fields, columns);
                if (used >= 0) {
                    maxUsedKb = Math.max(maxUsedKb, used);
                    samples++;
                }
                double[] gc = values(fields, pauseColumns);
                // Concurrent collectors (ZGC) show "-" here: their pauses are not counted by jstat.
                pauses = gc == null ? null : new Pauses((long) (gc[0] + gc[2]), gc[1] + gc[3]);
            }
        } catch (IOException e) {
            // jstat ended (the server stopped, or we closed it): the samples so far stand.
        }
    }

    /** The pause totals of the latest sample (up to a second old); null if jstat does not count them. */
    Pauses pauses() {
        return pauses;
    }

    /** Highest used heap seen, in MB, or -1 without samples. */
    double maxUsedMb() {
        return maxUsedKb < 0 ? -1 : maxUsedKb / 1024;
    }

    int samples() {
        return samples;
    }

    /**
     * Runs a full GC in the server ({@code jcmd PID GC.run}) and reads the used heap right after:
     * the live set with every connection still open. -1 if that could not be done.
     */
    double liveAfterFullGc() {
        try {
            Process gc = new ProcessBuilder("jcmd", Long.toString(pid), "GC.run").redirectErrorStream(true).start();
            gc.getInputStream().readAllBytes();
            if (!gc.waitFor(30, TimeUnit.SECONDS) || gc.exitValue() != 0) {
                return -1;
            }
            Process once = new ProcessBuilder("jstat", "-gc", Long.toString(pid)).redirectErrorStream(true).start();
            List<String> lines = new ArrayList<>();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(once.getInputStream(), StandardCharsets.US_ASCII))) {
                String line;
                while ((line = out.readLine()) != null) {
                    lines.add(line.trim());
                }
            }
            once.waitFor(30, TimeUnit.SECONDS);
            if (lines.size() < 2) {
                return -1;
            }
            int[] columns = columnsOf(lines.get(0).split("\\s+"), USED_COLUMNS);
            double used = sum(lines.get(1).split("\\s+"), columns);
            return used < 0 ? -1 : used / 1024;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static int[] columnsOf(String[] header, String[] wanted) {
        List<String> names = Arrays.asList(header);
        int[] columns = new int[wanted.length];
        for (int i = 0; i < wanted.length; i++) {
            columns[i] = names.indexOf(wanted[i]);
        }
        return columns;
    }

    /** The values of the columns, or null if a column is missing or not a number. */
    private static double[] values(String[] fields, int[] columns) {
        double[] values = new double[columns.length];
        for (int i = 0; i < columns.length; i++) {
            int column = columns[i];
            if (column < 0 || column >= fields.length) {
                return null;
            }
            try {
                values[i] = Double.parseDouble(fields[column]);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return values;
    }

    private static double sum(String[] fields, int[] columns) {
        double[] values = values(fields, columns);
        if (values == null) {
            return -1;
        }
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum;
    }

    @Override
    public void close() {
        jstat.destroy();
    }
}
