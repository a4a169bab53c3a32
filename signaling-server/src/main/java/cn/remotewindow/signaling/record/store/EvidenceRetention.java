package cn.remotewindow.signaling.record.store;

import static cn.remotewindow.signaling.record.store.DatabaseSessionRecords.utc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Purges biometric evidence (card photos, live frames) once it is older than the retention period
 * (个人信息保护法: kept no longer than needed): the sealed bytes go, the image's SHA-256, type and size
 * stay, so the verification's record and the audit chain still verify. Each purge that removed
 * something is itself an audit entry. Runs at start and then every {@code interval}.
 */
public final class EvidenceRetention implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EvidenceRetention.class);

    private final RecordWriter writer;
    private final Duration retention;
    private final Clock clock;
    private ScheduledExecutorService timer;

    public EvidenceRetention(RecordWriter writer, Duration retention, Clock clock) {
        this.writer = writer;
        this.retention = retention;
        this.clock = clock;
    }

    /** Starts the periodic purge. */
    public EvidenceRetention every(Duration interval) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "evidence-retention");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::purgeQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** Purges what is older than the retention period now; returns how many images were purged. */
    public long purge() {
        Instant now = clock.instant();
        Instant cutoff = now.minus(retention);
        Long purged = writer.write(scope -> scope.client()
                .sql("UPDATE evidence_images SET sealed_data = NULL, purged_at = :now"
                        + " WHERE stored_at < :cutoff AND sealed_data IS NOT NULL")
                .bind("now", utc(now))
                .bind("cutoff", utc(cutoff))
                .fetch().rowsUpdated()
                .flatMap(n -> n == 0 ? Mono.just(0L)
                        : scope.audit(now, "SYSTEM", "EVIDENCE_PURGED", "evidence_images",
                                RecordJson.write(new Purged(n, cutoff.toString()))).thenReturn(n)));
        if (purged > 0) {
            log.info("purged {} evidence image(s) stored before {}", purged, cutoff);
        }
        return purged;
    }

    /** The audit entry's detail of a purge. */
    record Purged(long images, String storedBefore) {
    }

    private void purgeQuietly() {
        try {
            purge();
        } catch (RuntimeException e) {
            log.error("evidence purge failed; will try again", e);
        }
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
