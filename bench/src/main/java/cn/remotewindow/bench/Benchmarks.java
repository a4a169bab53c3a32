package cn.remotewindow.bench;

import cn.remotewindow.bench.identity.IdentityBench;
import cn.remotewindow.bench.signaling.ClusterBench;
import cn.remotewindow.bench.signaling.SignalingBench;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * The benchmarks by name. {@code bench/run NAME} builds, starts what the benchmark needs and calls
 * this with the name first; each benchmark prints its result as its last line, starting with
 * {@code BENCH NAME}.
 */
public final class Benchmarks {

    /** One benchmark: takes its options, returns the process exit code. */
    @FunctionalInterface
    interface Benchmark {
        int run(String[] args) throws Exception;
    }

    private static final Map<String, Benchmark> BY_NAME = new TreeMap<>(Map.of(
            "signaling", SignalingBench::run,
            "cluster", ClusterBench::run,
            "identity", IdentityBench::run,
            "records", cn.remotewindow.bench.records.RecordsBench::run));

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Benchmark benchmark = args.length == 0 ? null : BY_NAME.get(args[0]);
        if (benchmark == null) {
            System.err.println("usage: Benchmarks NAME [options]   (names: " + String.join(", ", BY_NAME.keySet()) + ")");
            System.exit(2);
        }
        System.exit(benchmark.run(Arrays.copyOfRange(args, 1, args.length)));
    }
}
