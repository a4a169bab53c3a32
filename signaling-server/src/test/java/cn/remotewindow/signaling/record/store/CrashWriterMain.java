package cn.remotewindow.signaling.record.store;

import cn.remotewindow.protocol.message.CaseOutcome;
import cn.remotewindow.protocol.message.Priority;
import cn.remotewindow.signaling.config.WindowProperties;
import cn.remotewindow.signaling.record.CaseRequest;
import cn.remotewindow.signaling.record.SessionEvent;
import cn.remotewindow.signaling.record.SessionOutcome;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The process {@link CrashRecoveryTest} kills: writes sessions into the records store from several
 * threads as the server does (events without waiting, the outcome waiting for its commit) and
 * prints {@code ACK <sessionId>} once an outcome is confirmed — what an expert would be told.
 * Runs until killed.
 */
public final class CrashWriterMain {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int threads = Integer.parseInt(args[1]);
        WindowProperties.Records settings = new WindowProperties.Records(url, "", "", 4, 256, 20_000,
                Duration.ofSeconds(30), Duration.ofDays(180), Duration.ofHours(1));
        RecordsDatabase database = RecordsDatabase.open(settings);
        RecordWriter writer = new RecordWriter(database, settings.writeQueue(), settings.writeBatch(), settings.writeTimeout());
        DatabaseSessionRecords sessions = new DatabaseSessionRecords(database, writer, ZoneId.of("Asia/Shanghai"));
        PrintStream out = System.out;
        out.println("READY");
        out.flush();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Thread writerThread = new Thread(() -> {
                for (int n = 0; ; n++) {
                    String id = "crash-" + thread + "-" + n;
                    Instant at = Instant.now();
                    CaseRequest request = new CaseRequest("kiosk-" + thread, "终端", "红旗区", "PSB-HJQY", "PSB-HJQY", "PSB",
                            null, Priority.NORMAL, at);
                    sessions.record(new SessionEvent(id, SessionEvent.Kind.REQUESTED, at, request, null, null, null, null, null, null));
                    sessions.record(new SessionEvent(id, SessionEvent.Kind.ACCEPTED, at.plusMillis(1), request, "e" + thread,
                            null, null, null, null, null));
                    sessions.recordConfirmed(new SessionEvent(id, SessionEvent.Kind.OUTCOME, at.plusMillis(2), request,
                            "e" + thread, null, null, "ACCEPTED", new SessionOutcome(CaseOutcome.ACCEPTED, "C-" + id,
                            List.of(), null, null), null));
                    synchronized (out) {
                        out.println("ACK " + id);
                        out.flush();
                    }
                }
            }, "crash-writer-" + t);
            writerThread.start();
        }
        Thread.currentThread().join();
    }
}
