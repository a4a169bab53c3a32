package cn.remotewindow.signaling.record.store;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.signaling.record.audit.AuditEntry;
import cn.remotewindow.signaling.testing.ChildJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An embedded H2 file belongs to the application until the application closes it: a write in the
 * middle of its transaction when the JVM starts to exit (SIGTERM) commits, so do the writes of the
 * application's shutdown (a stopping server ends its open sessions and drains the writer), and the
 * file is closed cleanly afterwards. H2's own shutdown hook (DB_CLOSE_ON_EXIT, on by default) ran
 * alongside the application's and closed every session under the transaction in progress:
 * "Connection is broken: session closed".
 */
class H2ShutdownTest {

    @TempDir
    Path dir;

    @Test
    void writesMadeWhileTheJvmExitsCommitAndTheFileIsClosedCleanly() throws Exception {
        String file = dir.resolve("records").toString();
        List<String> command = new ArrayList<>(ChildJvm.command(WritesAtExit.class, true, "-Xmx128m"));
        command.add(file);
        Process child = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile()).start();
        try {
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the child exited").isTrue();
        } finally {
            child.destroyForcibly();
        }
        String output = Files.readString(dir.resolve("child.log"));
        assertThat(output).as("child output").contains("in-flight write committed")
                .contains("appended " + WritesAtExit.AT_EXIT + " at exit");
        assertThat(H2FileHeader.closedCleanly(file)).as("closed cleanly: %s", H2FileHeader.of(file)).isTrue();

        try (RecordsDatabase database = RecordsDatabase.open(TestDatabases.settings("jdbc:h2:file:" + file, ""));
             RecordWriter writer = new RecordWriter(database, 16, 16, Duration.ofSeconds(20))) {
            DatabaseAuditLog audit = new DatabaseAuditLog(database, writer);
            assertThat(audit.about("at-exit")).extracting(AuditEntry::action)
                    .containsOnly("BEFORE_EXIT", "IN_FLIGHT", "AT_EXIT")
                    .hasSize(2 + WritesAtExit.AT_EXIT);
            assertThat(audit.verify().isIntact()).isTrue();
        }
    }
}
