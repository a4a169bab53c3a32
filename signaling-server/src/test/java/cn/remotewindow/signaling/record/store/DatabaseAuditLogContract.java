package cn.remotewindow.signaling.record.store;

import cn.remotewindow.signaling.config.WindowProperties;
import cn.remotewindow.signaling.record.audit.AuditEntry;
import cn.remotewindow.signaling.record.audit.AuditLog;
import cn.remotewindow.signaling.record.audit.AuditLogContract;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The audit log contract on the records database; the tamperer edits rows with plain JDBC. */
abstract class DatabaseAuditLogContract extends AuditLogContract {

    private WindowProperties.Records settings;
    private RecordsDatabase database;
    private RecordWriter writer;
    private DatabaseAuditLog log;

    protected abstract WindowProperties.Records newDatabase();

    @BeforeEach
    void open() {
        settings = newDatabase();
        database = RecordsDatabase.open(settings);
        writer = new RecordWriter(database, 1000, 64, settings.writeTimeout());
        log = new DatabaseAuditLog(database, writer);
    }

    @AfterEach
    void close() {
        writer.close();
        database.close();
    }

    @Override
    protected AuditLog log() {
        return log;
    }

    @Override
    protected void tamper(AuditLog log, AuditEntry replacement) {
        try (Connection c = TestDatabases.jdbc(settings);
             PreparedStatement update = c.prepareStatement("UPDATE audit_log SET at = ?, actor = ?, action = ?,"
                     + " subject = ?, detail = ?, previous_hash = ?, hash = ? WHERE seq = ?")) {
            update.setObject(1, replacement.at().atOffset(ZoneOffset.UTC));
            update.setString(2, replacement.actor());
            update.setString(3, replacement.action());
            update.setString(4, replacement.subject());
            update.setString(5, replacement.detail());
            update.setString(6, replacement.previousHash());
            update.setString(7, replacement.hash());
            update.setLong(8, replacement.sequence());
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("no entry " + replacement.sequence());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected void remove(AuditLog log, long sequence) {
        try (Connection c = TestDatabases.jdbc(settings);
             PreparedStatement delete = c.prepareStatement("DELETE FROM audit_log WHERE seq = ?")) {
            delete.setLong(1, sequence);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
