package cn.remotewindow.bench.signaling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeLogsTest {

    @TempDir
    Path dir;

    @Test
    void countsMissedRelayFramesAndFindsWhenANodeWasTakenForDead() throws IOException {
        Path a = Files.writeString(dir.resolve("node-a.log"), String.join("\n",
                "2026-12-07T01:30:33.464Z  INFO 2320 --- [app] [main] c.r.s.SignalingApplication : Started",
                "2026-12-07T01:32:46.434Z  WARN 2320 --- [app] [ster-keep-alive] c.r.signaling.cluster.redis.NodeLoss"
                        + "     : node node-b is dead: taking over its 30 sessions; its 42 parties resume elsewhere",
                "2026-12-07T01:32:47.000Z  WARN 2320 --- [app] [lettuce] c.r.s.cluster.redis.RedisRelay"
                        + " : 3 relay frames from node-c on bench-1:relay:node-a never arrived",
                ""));
        Path b = Files.writeString(dir.resolve("node-b.log"), String.join("\n",
                "2026-12-07T01:32:47.100Z ERROR 2346 --- [app] [io] c.r.s.cluster.redis.RedisRelay"
                        + " : a relay message from node-c could not be handled",
                "2026-12-07T01:32:48.000Z  WARN 2346 --- [app] [io] c.r.s.cluster.redis.RedisRelay"
                        + " : 2 relay frames from node-c on bench-1:relay:node-b never arrived",
                ""));

        NodeLogs.Summary summary = NodeLogs.read(List.of(a, b));

        assertThat(summary.missedFrames()).isEqualTo(5);
        assertThat(summary.nodes()).extracting(NodeLogs.Node::warnings).containsExactly(2L, 1L);
        assertThat(summary.nodes()).extracting(NodeLogs.Node::errors).containsExactly(0L, 1L);
        assertThat(summary.firstDeathNotice("node-b")).hasValueSatisfying(notice -> {
            assertThat(notice.by()).isEqualTo("node-a");
            assertThat(notice.epochMillis()).isEqualTo(Instant.parse("2026-12-07T01:32:46.434Z").toEpochMilli());
        });
        assertThat(summary.firstDeathNotice("node-a")).isEmpty();
    }
}
