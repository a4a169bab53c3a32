package cn.remotewindow.signaling.config;

import cn.remotewindow.signaling.record.store.DatabaseAuditLog;
import cn.remotewindow.signaling.record.store.DatabaseSessionRecords;
import cn.remotewindow.signaling.record.store.DatabaseVerificationRecords;
import cn.remotewindow.signaling.record.store.EvidenceRetention;
import cn.remotewindow.signaling.record.store.RecordWriter;
import cn.remotewindow.signaling.record.store.RecordsDatabase;
import cn.remotewindow.signaling.api.admin.AdminRecords;
import cn.remotewindow.signaling.record.EvidenceCipher;
import cn.remotewindow.signaling.record.search.ServiceStatistics;
import cn.remotewindow.signaling.record.search.SessionSearch;
import cn.remotewindow.signaling.record.search.VerificationSearch;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The records store: sessions, verifications with their evidence, and the audit log, in the
 * database named by {@code window.records.url} (embedded H2 file by default, PostgreSQL in
 * production). The writer closes before the database: Spring destroys dependents first.
 */
@Configuration(proxyBeanMethods = false)
public class RecordsConfiguration {

    @Bean(destroyMethod = "close")
    RecordsDatabase recordsDatabase(WindowProperties properties) {
        return RecordsDatabase.open(properties.records());
    }

    @Bean(destroyMethod = "close")
    RecordWriter recordWriter(RecordsDatabase database, WindowProperties properties) {
        WindowProperties.Records records = properties.records();
        return new RecordWriter(database, records.writeQueue(), records.writeBatch(), records.writeTimeout());
    }

    @Bean
    DatabaseAuditLog auditLog(RecordsDatabase database, RecordWriter writer) {
        return new DatabaseAuditLog(database, writer);
    }

    /** Records every session event and reads them back (SessionRecorder and SessionRecords). */
    @Bean
    DatabaseSessionRecords sessionRecords(RecordsDatabase database, RecordWriter writer, WindowProperties properties) {
        return new DatabaseSessionRecords(database, writer, ZoneId.of(properties.identity().zone()));
    }

    @Bean
    SessionSearch sessionSearch(RecordsDatabase database, WindowProperties properties) {
        return new SessionSearch(database, ZoneId.of(properties.identity().zone()));
    }

    @Bean
    VerificationSearch verificationSearch(RecordsDatabase database, WindowProperties properties) {
        return new VerificationSearch(database, ZoneId.of(properties.identity().zone()));
    }

    @Bean
    ServiceStatistics serviceStatistics(RecordsDatabase database, SessionSearch sessions) {
        return new ServiceStatistics(database, sessions);
    }

    @Bean
    AdminRecords adminRecords(SessionSearch sessionSearch, VerificationSearch verificationSearch,
                              ServiceStatistics statistics, DatabaseSessionRecords sessions,
                              DatabaseVerificationRecords verifications, DatabaseAuditLog auditLog, EvidenceCipher cipher,
                              Clock clock, WindowProperties properties) {
        return new AdminRecords(sessionSearch, verificationSearch, statistics, sessions, verifications, auditLog, cipher,
                clock, ZoneId.of(properties.identity().zone()));
    }

    @Bean(destroyMethod = "close")
    EvidenceRetention evidenceRetention(RecordWriter writer, WindowProperties properties, Clock clock) {
        return new EvidenceRetention(writer, properties.records().evidenceRetention(), clock)
                .every(properties.records().purgeInterval());
    }

    @Bean
    DatabaseVerificationRecords verificationRecords(RecordsDatabase database, RecordWriter writer) {
        return new DatabaseVerificationRecords(database, writer);
    }
}
