package cn.remotewindow.signaling.record.store;

import cn.remotewindow.signaling.config.WindowProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A JVM that exits while it writes to the records store, as a server does on SIGTERM: one write is
 * in the middle of its transaction when the JVM starts to exit, and the application's shutdown
 * hook waits for it, then writes more (a stopping server ends its open sessions, the writer drains
 * its queue) and closes the store. Opens the H2 file named by its argument; prints what committed.
 * Run by {@link H2ShutdownTest}.
 */
public final class WritesAtExit {

    static final int AT_EXIT = 20;
    /** How long the in-flight write stays inside its transaction: longer than H2 takes to close. */
    private static final Duration IN_TRANSACTION = Duration.ofMillis(500);

    public static void main(String[] args) throws InterruptedException {
        WindowProperties.Records settings = TestDatabases.settings("jdbc:h2:file:" + args[0], "");
        RecordsDatabase database = RecordsDatabase.open(settings);
        RecordWriter writer = new RecordWriter(database, 1000, 64, Duration.ofSeconds(10));
        DatabaseAuditLog audit = new DatabaseAuditLog(database, writer);
        audit.append(Instant.now(), "TEST", "BEFORE_EXIT", "at-exit", null);
        CountDownLatch inTransaction = new CountDownLatch(1);
        CompletableFuture<?> inFlight = writer.submit(scope -> scope.audit(Instant.now(), "TEST", "IN_FLIGHT",
                "at-exit", null).doOnNext(entry -> inTransaction.countDown()).delayElement(IN_TRANSACTION));
        if (!inTransaction.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the write never started");
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                inFlight.get(10, TimeUnit.SECONDS);
                System.out.println("in-flight write committed");
                for (int i = 0; i < AT_EXIT; i++) {
                    audit.append(Instant.now(), "TEST", "AT_EXIT", "at-exit", null);
                }
                System.out.println("appended " + AT_EXIT + " at exit");
            } catch (Exception e) {
                System.out.println("failed at exit: " + e);
            } finally {
                writer.close();
                database.close();
            }
        }, "application-shutdown"));
        System.exit(0);
    }
}
