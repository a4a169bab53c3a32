package cn.remotewindow.bench.signaling;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * What the signaling benchmark does: how many kiosks and experts, how fast requests arrive, how
 * long it warms up and measures, and what a call's negotiation looks like.
 *
 * @param serverPid     the server's process id, to sample its heap and CPU; -1 to skip that
 * @param skills        item codes the requests spread over; every expert holds two of them
 * @param hold          how long a call stays ACTIVE before one party hangs up
 * @param candidates    ICE candidates each side sends
 * @param sdpBytes      approximate size of each offer and answer
 * @param cycleTimeout  a cycle not finished this long after its request counts as lost
 */
public record LoadPlan(URI uri, String secret, String issuer, long serverPid, int kiosks, int experts, int skills,
                       double rate, Duration warmup, Duration duration, Duration hold, int candidates, int sdpBytes,
                       Duration cycleTimeout, int ioThreads, int connectConcurrency, int clockTicksPerSecond) {

    static final String USAGE = String.join("\n",
            "bench/run signaling [options]",
            "  --clients N              concurrent connections, kiosks plus experts (default 5000)",
            "  --experts N              how many of them are experts (default clients/5)",
            "  --rate R                 new service requests per second (default 200)",
            "  --warmup S               seconds of load before measuring (default 60)",
            "  --duration S             measured seconds (default 60)",
            "  --hold-ms MS             call time between ACTIVE and hang-up (default 2000)",
            "  --candidates N           ICE candidates per side (default 4)",
            "  --sdp-bytes N            size of each offer and answer (default 4096)",
            "  --skills N               item codes the requests spread over (default 10)",
            "  --timeout S              a cycle unfinished after this is lost (default 30)",
            "  --io-threads N           client I/O threads (default 2)",
            "  --connect-concurrency N  connections opening at once (default 200)",
            "set by bench/run: --uri, --secret (or env BENCH_JWT_SECRET), --server-pid, --clk-tck, --issuer");

    public LoadPlan {
        require(kiosks > 0, "there must be kiosks: raise --clients or lower --experts");
        require(experts > 0, "--experts must be positive");
        require(skills > 0 && skills <= 999, "--skills must be 1..999");
        require(rate > 0, "--rate must be positive");
        require(candidates >= 0 && candidates <= 32, "--candidates must be 0..32");
        require(sdpBytes >= 512 && sdpBytes <= 30_000, "--sdp-bytes must be 512..30000 (the server allows 32 KiB)");
        require(ioThreads > 0, "--io-threads must be positive");
        require(connectConcurrency > 0, "--connect-concurrency must be positive");
        require(secret != null && !secret.isBlank(), "--secret (or env BENCH_JWT_SECRET) is required");
        require(uri != null, "--uri is required");
    }

    public int clients() {
        return kiosks + experts;
    }

    /**
     * Experts needed to take every request at once: each call keeps its expert about the hold
     * time plus set-up, so the rate times that, with headroom for bursts on one skill.
     */
    public int expertsNeeded() {
        double busySeconds = hold.toMillis() / 1000.0 + 0.5;
        return (int) Math.ceil(rate * busySeconds * 1.5);
    }

    public static LoadPlan parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (!name.startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --option value, got '" + name + "'");
            }
            options.put(name.substring(2), args[++i]);
        }
        Options o = new Options(options);
        int clients = o.integer("clients", 5000);
        int experts = o.integer("experts", Math.max(1, clients / 5));
        String secret = o.text("secret", System.getenv("BENCH_JWT_SECRET"));
        String uri = o.text("uri", null);
        LoadPlan plan = new LoadPlan(
                uri == null ? null : URI.create(uri),
                secret,
                o.text("issuer", "remote-window"),
                o.integer("server-pid", -1),
                clients - experts,
                experts,
                o.integer("skills", 10),
                o.decimal("rate", 200),
                Duration.ofMillis((long) (o.decimal("warmup", 60) * 1000)),
                Duration.ofMillis((long) (o.decimal("duration", 60) * 1000)),
                Duration.ofMillis(o.integer("hold-ms", 2000)),
                o.integer("candidates", 4),
                o.integer("sdp-bytes", 4096),
                Duration.ofMillis((long) (o.decimal("timeout", 30) * 1000)),
                o.integer("io-threads", 2),
                o.integer("connect-concurrency", 200),
                o.integer("clk-tck", 100));
        o.requireAllUsed();
        return plan;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Reads options by name and remembers which were read, so that a typo is refused. */
    private static final class Options {
        private final Map<String, String> values;

        Options(Map<String, String> values) {
            this.values = new HashMap<>(values);
        }

        String text(String name, String fallback) {
            String value = values.remove(name);
            return value != null ? value : fallback;
        }

        int integer(String name, int fallback) {
            String value = values.remove(name);
            try {
                return value != null ? Integer.parseInt(value) : fallback;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--" + name + " must be a whole number, got '" + value + "'");
            }
        }

        double decimal(String name, double fallback) {
            String value = values.remove(name);
            try {
                return value != null ? Double.parseDouble(value) : fallback;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--" + name + " must be a number, got '" + value + "'");
            }
        }

        void requireAllUsed() {
            if (!values.isEmpty()) {
                throw new IllegalArgumentException("unknown option(s): --" + String.join(", --", values.keySet()));
            }
        }
    }
}
