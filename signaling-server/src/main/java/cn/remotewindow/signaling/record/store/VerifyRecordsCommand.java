package cn.remotewindow.signaling.record.store;

import cn.remotewindow.signaling.config.WindowProperties;
import cn.remotewindow.signaling.record.audit.ChainCheck;
import java.io.PrintStream;
import java.time.Duration;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * {@code java -jar window-server.jar verify-records [--window.records.url=...]}: checks the audit
 * chain and every stored event against it, offline, with the server's own configuration (file,
 * environment, arguments), and prints the first broken link. Exit status 0 intact, 1 broken, 2 the
 * check could not run. Only reads (Flyway finds the schema current and changes nothing).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WindowProperties.class)
public class VerifyRecordsCommand {

    public static final String NAME = "verify-records";

    public static int run(String[] args, PrintStream out) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(VerifyRecordsCommand.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(args)) {
            WindowProperties.Records settings = context.getBean(WindowProperties.class).records();
            try (RecordsDatabase database = RecordsDatabase.open(settings);
                 RecordWriter writer = new RecordWriter(database, 1, 1, Duration.ofSeconds(30))) {
                ChainCheck check = new DatabaseAuditLog(database, writer).verify();
                out.println("records: " + database);
                if (check.isIntact()) {
                    out.println("INTACT: " + check.checked() + " audit entries and every stored event they vouch for");
                    return 0;
                }
                out.println("BROKEN at audit entry " + check.brokenAt() + ": " + explain(check.problem())
                        + " (" + check.checked() + " entries before it are intact)");
                return 1;
            }
        } catch (RuntimeException e) {
            out.println("the check could not run: " + e.getMessage());
            return 2;
        }
    }

    static String explain(ChainCheck.Problem problem) {
        return switch (problem) {
            case CONTENT_ALTERED -> "CONTENT_ALTERED, the entry was changed after it was written";
            case LINK_BROKEN -> "LINK_BROKEN, the entry does not follow the one before it (an entry was replaced or reordered)";
            case SEQUENCE_GAP -> "SEQUENCE_GAP, entries are missing here";
            case RECORD_ALTERED -> "RECORD_ALTERED, the stored record this entry vouches for was changed";
            case RECORD_MISSING -> "RECORD_MISSING, the stored record this entry vouches for was removed";
        };
    }
}
