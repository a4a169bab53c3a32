package cn.remotewindow.signaling.routing.redis;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.protocol.message.ExpertState;
import cn.remotewindow.protocol.message.Priority;
import cn.remotewindow.signaling.cluster.redis.RedisLink;
import cn.remotewindow.signaling.routing.Placement;
import cn.remotewindow.signaling.routing.WaitingRequest;
import cn.remotewindow.signaling.testing.EmbeddedRedis;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test: prints how long place + confirm + release take against the embedded redis-server
 * over loopback, from one thread. Run on demand:
 * {@code mvn -o -pl signaling-server surefire:test -Dtest=RedisDispatchLatencyProbe -Dprobe=latency}.
 */
@EnabledIfSystemProperty(named = "probe", matches = "latency")
class RedisDispatchLatencyProbe {

    private static final int WARM_UP = 3_000;
    private static final int MEASURED = 20_000;

    @Test
    void placeConfirmRelease() {
        try (EmbeddedRedis redis = EmbeddedRedis.start(); RedisLink link = new RedisLink(redis.url(), Duration.ofSeconds(5))) {
            long[] ping = new long[MEASURED];
            for (int i = -WARM_UP; i < MEASURED; i++) {
                long t0 = System.nanoTime();
                link.sync().ping();
                if (i >= 0) {
                    ping[i] = System.nanoTime() - t0;
                }
            }
            print("PING (the round trip alone)", ping);
            RedisDispatch dispatch = new RedisDispatch(link, "probe:" + UUID.randomUUID() + ":");
            dispatch.signOn("e1", Set.of("A"));
            dispatch.setWanted("e1", ExpertState.AVAILABLE);
            measure("idle expert: place (offered) + confirm + release", dispatch, 0);

            RedisDispatch deep = new RedisDispatch(link, "probe:" + UUID.randomUUID() + ":");
            deep.signOn("e1", Set.of("A"));
            for (int i = 0; i < 1_000; i++) {
                deep.place(new WaitingRequest("w" + i, "A", Priority.NORMAL, deep.nextSequence(), Set.of()));
            }
            assertThat(deep.setWanted("e1", ExpertState.AVAILABLE)).isPresent();
            measure("1,000 waiting: place (queued) + confirm + release (claims the head)", deep, 1_000);
            // Time inside Redis per command (usec_per_call), to tell script work from the round trip.
            link.sync().info("commandstats").lines().filter(line -> line.matches("cmdstat_(evalsha|ping|incr):.*"))
                    .forEach(System.out::println);
        }
    }

    private static void measure(String what, RedisDispatch dispatch, int waiting) {
        long[] cycle = new long[MEASURED];
        long[] place = new long[MEASURED];
        long[] confirm = new long[MEASURED];
        long[] release = new long[MEASURED];
        String held = waiting == 0 ? null : "w0";
        for (int i = -WARM_UP; i < MEASURED; i++) {
            WaitingRequest request = new WaitingRequest("p" + i, "A", Priority.NORMAL, dispatch.nextSequence(), Set.of());
            long t0 = System.nanoTime();
            Placement placement = dispatch.place(request);
            long t1 = System.nanoTime();
            String session = held == null ? request.sessionId() : held;
            boolean confirmed = dispatch.confirm("e1", session);
            long t2 = System.nanoTime();
            held = dispatch.release("e1", session, null).claimed().map(WaitingRequest::sessionId).orElse(null);
            long t3 = System.nanoTime();
            assertThat(confirmed).isTrue();
            assertThat(placement instanceof Placement.Offered).isEqualTo(waiting == 0);
            if (i >= 0) {
                cycle[i] = t3 - t0;
                place[i] = t1 - t0;
                confirm[i] = t2 - t1;
                release[i] = t3 - t2;
            }
        }
        System.out.printf("%s, %,d cycles:%n", what, MEASURED);
        print("  cycle  ", cycle);
        print("  place  ", place);
        print("  confirm", confirm);
        print("  release", release);
    }

    private static void print(String label, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0) / 1000.0;
        System.out.printf("%s mean %6.1f us  p50 %6.1f us  p99 %6.1f us  max %7.1f us%n", label, mean,
                sorted[sorted.length / 2] / 1000.0, sorted[(int) (sorted.length * 0.99)] / 1000.0,
                sorted[sorted.length - 1] / 1000.0);
    }
}
