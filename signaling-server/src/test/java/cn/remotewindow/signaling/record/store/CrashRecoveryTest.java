package cn.remotewindow.signaling.record.store;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.protocol.message.CaseOutcome;
import cn.remotewindow.signaling.config.WindowProperties;
import cn.remotewindow.signaling.record.SessionRecord;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill -9 during concurrent writes: every outcome that was acknowledged (its commit confirmed) is
 * there after the restart, every session's events are whole, and the audit chain verifies. The
 * writing process is the records store in its own JVM ({@link CrashWriterMain}) on an H2 file, the
 * embedded default; it is killed hard (SIGKILL) while its writers are mid-flight.
 */
class CrashRecoveryTest {

    private static final int ACKS_BEFORE_KILL = 300;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedOutcomeSurvivesAKilledProcessAndTheChainVerifies() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("records");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        CountDownLatch enough = new CountDownLatch(ACKS_BEFORE_KILL);
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashWriterMain.class.getName(), url, "4")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            Thread reader = new Thread(() -> {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = lines.readLine()) != null) {
                        if (line.startsWith("ACK ")) {
                            acknowledged.add(line.substring(4));
                            enough.countDown();
                        }
                    }
                } catch (java.io.IOException ignored) {
                    // The process was killed: its output ends here.
                }
            });
            reader.start();
            assertThat(enough.await(90, TimeUnit.SECONDS)).as("%d acknowledgements arrived", ACKS_BEFORE_KILL).isTrue();
            process.destroyForcibly(); // SIGKILL: no shutdown hook, no close, mid-transaction
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            reader.join(10_000);
        } finally {
            process.destroyForcibly();
        }
        List<String> acked = List.copyOf(acknowledged);

        WindowProperties.Records settings = TestDatabases.settings(url, "");
        try (RecordsDatabase database = RecordsDatabase.open(settings);
             RecordWriter writer = new RecordWriter(database, 100, 10, settings.writeTimeout())) {
            DatabaseSessionRecords sessions = new DatabaseSessionRecords(database, writer, ZoneId.of("Asia/Shanghai"));
            for (String id : acked) {
                SessionRecord record = sessions.find(id).orElse(null);
                assertThat(record).as("acknowledged session %s after the restart", id).isNotNull();
                assertThat(record.outcome().outcome()).isEqualTo(CaseOutcome.ACCEPTED);
                assertThat(sessions.eventsOf(id)).extracting(e -> e.kind().name())
                        .containsExactly("REQUESTED", "ACCEPTED", "OUTCOME");
            }
            var check = new DatabaseAuditLog(database, writer).verify();
            assertThat(check.isIntact()).as("chain after the crash: %s", check).isTrue();
            assertThat(check.checked()).isGreaterThanOrEqualTo(3L * acked.size());
        }
    }
}
