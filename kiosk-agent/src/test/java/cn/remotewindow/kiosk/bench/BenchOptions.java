package cn.remotewindow.kiosk.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Options of the kiosk benchmark (defaults in brackets): {@code --calls N} [30] measured set-up
 * calls, after {@code --warmup-calls N} [1] unmeasured ones; {@code --hold S} [3] seconds each
 * call is held; {@code --duration S} [600] length of the 1280x720 call; {@code --warmup S} [30]
 * its first seconds left out of the CPU and RSS figures (at most half the call); {@code --clk-tck N}
 * [100] clock ticks per second ({@code getconf CLK_TCK}); {@code --kiosk-jvm-opts "OPTS"} [none, as
 * bin/kiosk] JVM options of the kiosk; {@code --samples FILE} writes the kiosk's per-second CPU and
 * RSS as CSV. {@code --calls 0} or {@code --duration 0} skips that phase (experiments only).
 */
record BenchOptions(int calls, int warmupCalls, int holdSeconds, int durationSeconds, int warmupSeconds,
                    int clkTck, List<String> kioskJvmOptions, Path samplesFile) {

    static BenchOptions parse(String[] args) {
        int calls = 30;
        int warmupCalls = 1;
        int hold = 3;
        int duration = 600;
        int warmup = 30;
        int clkTck = 100;
        List<String> jvm = List.of();
        Path samples = null;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            String value = args[++i];
            switch (name) {
                case "--calls" -> calls = number(name, value, 0);
                case "--warmup-calls" -> warmupCalls = number(name, value, 0);
                case "--hold" -> hold = number(name, value, 1);
                case "--duration" -> duration = number(name, value, 0);
                case "--warmup" -> warmup = number(name, value, 0);
                case "--clk-tck" -> clkTck = number(name, value, 1);
                case "--kiosk-jvm-opts" -> jvm = value.isBlank() ? List.of() : Arrays.asList(value.trim().split("\\s+"));
                case "--samples" -> samples = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        if (calls == 0 && duration == 0) {
            throw new IllegalArgumentException("--calls 0 and --duration 0: nothing to measure");
        }
        if (duration > 0 && duration < 10) {
            throw new IllegalArgumentException("--duration must be 0 or at least 10 s");
        }
        return new BenchOptions(calls, warmupCalls, hold, duration, Math.min(warmup, duration / 2), clkTck, jvm,
                samples);
    }

    private static int number(String name, String value, int min) {
        try {
            int n = Integer.parseInt(value);
            if (n < min) {
                throw new IllegalArgumentException(name + " must be at least " + min + ": " + value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " needs a whole number: " + value);
        }
    }
}
