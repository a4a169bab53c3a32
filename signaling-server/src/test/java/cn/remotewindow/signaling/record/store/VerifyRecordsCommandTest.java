package cn.remotewindow.signaling.record.store;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.signaling.config.WindowProperties;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline check an auditor runs on a stopped server's database. */
class VerifyRecordsCommandTest {

    @TempDir
    Path dir;

    private String run(String url) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = VerifyRecordsCommand.run(new String[] {"--window.records.url=" + url}, new PrintStream(out, true, StandardCharsets.UTF_8));
        return status + " " + out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void reportsAnIntactLogThenTheEntryATampererChanged() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("records");
        WindowProperties.Records settings = TestDatabases.settings(url, "");
        try (RecordsDatabase database = RecordsDatabase.open(settings);
             RecordWriter writer = new RecordWriter(database, 10, 10, settings.writeTimeout())) {
            DatabaseAuditLog log = new DatabaseAuditLog(database, writer);
            for (int i = 1; i <= 5; i++) {
                log.append(Instant.parse("2026-11-22T03:00:00Z").plusSeconds(i), "ADMIN:auditor", "AUDIT_READ", "audit_log", "page " + i);
            }
        }
        assertThat(run(url)).startsWith("0 ").contains("INTACT: 5 audit entries");

        try (Connection c = java.sql.DriverManager.getConnection(url + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
             Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE audit_log SET actor = 'ADMIN:someone-else' WHERE seq = 3");
        }
        assertThat(run(url)).startsWith("1 ").contains("BROKEN at audit entry 3: CONTENT_ALTERED");
    }

    @Test
    void aDatabaseThatCannotBeOpenedIsSaidPlainly() {
        assertThat(run("jdbc:mysql://nowhere/records")).startsWith("2 ").contains("could not run")
                .contains("jdbc:h2: or jdbc:postgresql:");
    }
}
