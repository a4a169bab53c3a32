package cn.remotewindow.signaling.record.store;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.signaling.config.WindowProperties;
import cn.remotewindow.signaling.record.CasePictures;
import cn.remotewindow.signaling.record.CasePicturesContract;
import cn.remotewindow.signaling.record.audit.AuditEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The case pictures contract on the records database, and the audit entry each picture gets. */
abstract class DatabaseCasePicturesContract extends CasePicturesContract {

    private RecordsDatabase database;
    private RecordWriter writer;
    private DatabaseCasePictures pictures;
    private DatabaseAuditLog audit;

    private WindowProperties.Records settings;

    protected abstract WindowProperties.Records newDatabase();

    @BeforeEach
    void open() {
        settings = newDatabase();
        database = RecordsDatabase.open(settings);
        writer = new RecordWriter(database, 1000, 64, settings.writeTimeout());
        pictures = new DatabaseCasePictures(database, writer);
        audit = new DatabaseAuditLog(database, writer);
    }

    @AfterEach
    void close() {
        writer.close();
        database.close();
    }

    @Override
    protected CasePictures pictures() {
        return pictures;
    }

    @Test
    void eachPictureIsVouchedForInTheAuditChainOnce() {
        pictures.store(picture("d-a", 1, "one")).join();
        pictures.store(picture("d-a", 1, "one")).join();
        pictures.store(picture("d-a", 2, "two")).join();
        var entries = audit.read(1, 100).stream().filter(e -> e.action().equals("DOCUMENT_STORED")).toList();
        assertThat(entries).extracting(AuditEntry::subject).containsExactly("d-a", "d-a");
        assertThat(entries.get(1).detail()).contains("\"attempt\":2").contains("ab".repeat(32));
        assertThat(entries).allMatch(e -> e.actor().equals("KIOSK:k-1"));
        assertThat(audit.verify().isIntact()).isTrue();
    }

    @Test
    void aPictureChangedBehindTheStoresBackIsReportedAtItsEntry() throws java.sql.SQLException {
        pictures.store(picture("d-t", 1, "original")).join();
        pictures.store(picture("d-u", 1, "other")).join();
        long entry = audit.read(1, 100).stream().filter(e -> e.subject().equals("d-u")).findFirst().orElseThrow()
                .sequence();
        try (var c = TestDatabases.jdbc(settings);
             var update = c.prepareStatement("UPDATE case_documents SET sha256 = ? WHERE picture_id = 'd-u'")) {
            update.setString(1, "ef".repeat(32));
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        var check = audit.verify();
        assertThat(check.isIntact()).isFalse();
        assertThat(check.brokenAt()).isEqualTo(entry);
        assertThat(check.problem()).isEqualTo(cn.remotewindow.signaling.record.audit.ChainCheck.Problem.RECORD_ALTERED);
    }
}
