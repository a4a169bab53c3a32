package cn.remotewindow.signaling.record.store;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.protocol.message.Verdict;
import cn.remotewindow.signaling.config.WindowProperties;
import cn.remotewindow.signaling.record.EvidenceCipher;
import cn.remotewindow.signaling.record.Sealed;
import cn.remotewindow.signaling.record.verification.CardOnRecord;
import cn.remotewindow.signaling.record.verification.MachineJudgement;
import cn.remotewindow.signaling.record.verification.StoredFrame;
import cn.remotewindow.signaling.record.verification.StoredImage;
import cn.remotewindow.signaling.record.verification.VerificationEvent;
import cn.remotewindow.signaling.record.verification.VerificationRecord;
import cn.remotewindow.signaling.record.verification.VerificationRecords;
import cn.remotewindow.signaling.record.verification.VerificationRecordsContract;
import cn.remotewindow.protocol.identity.Sex;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The verification records contract on the records database, and the evidence images it keeps apart. */
abstract class DatabaseVerificationRecordsContract extends VerificationRecordsContract {

    private static final Instant T0 = Instant.parse("2026-11-22T02:00:00Z");

    private WindowProperties.Records settings;
    private RecordsDatabase database;
    private RecordWriter writer;
    private DatabaseVerificationRecords records;
    private final EvidenceCipher cipher = EvidenceCipher.from("k1", "");

    protected abstract WindowProperties.Records newDatabase();

    @BeforeEach
    void open() {
        settings = newDatabase();
        database = RecordsDatabase.open(settings);
        writer = new RecordWriter(database, 1000, 64, settings.writeTimeout());
        records = new DatabaseVerificationRecords(database, writer);
    }

    @AfterEach
    void close() {
        writer.close();
        database.close();
    }

    @Override
    protected VerificationRecords records() {
        return records;
    }

    private static String sha(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private StoredImage image(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new StoredImage(sha(bytes), "image/jpeg", bytes.length, cipher.seal(bytes));
    }

    private void verifiedWithEvidence(String id) {
        records.append(new VerificationEvent.Opened(id, T0, "s1", "410702-2026-000123", "PSB-HJQY", "kiosk-1", "zhangwei", "张伟"));
        CardOnRecord card = new CardOnRecord("王芳", Sex.FEMALE, LocalDate.of(1949, 12, 31), "110***********002X",
                cipher.seal("11010519491231002X".getBytes(StandardCharsets.UTF_8)), LocalDate.of(2020, 1, 1), null);
        records.append(new VerificationEvent.EvidenceReceived(id, T0.plusSeconds(30), card, image("card photo"),
                List.of(new StoredFrame(0, T0.plusSeconds(20).toEpochMilli(), image("frame 0")),
                        new StoredFrame(1, T0.plusSeconds(21).toEpochMilli(), image("frame 1")))));
        records.append(new VerificationEvent.Decided(id, T0.plusSeconds(31), new MachineJudgement(Verdict.PASS,
                List.of(new MachineJudgement.Reason("FACE_MATCH", "人脸一致", "faces match")), 0.74, 1, true, List.of(),
                List.of(), Map.of("pass", 0.6), List.of(), List.of(), 120)));
    }

    @Test
    void evidenceImagesComeBackSealedAsTheyWereStored() {
        verifiedWithEvidence("v1");
        VerificationRecord record = records.find("v1").orElseThrow();
        VerificationEvent.EvidenceReceived evidence = record.evidence().orElseThrow();
        assertThat(new String(cipher.open(evidence.cardPhoto().data()), StandardCharsets.UTF_8)).isEqualTo("card photo");
        assertThat(new String(cipher.open(evidence.frames().get(1).image().data()), StandardCharsets.UTF_8)).isEqualTo("frame 1");
        assertThat(new String(cipher.open(evidence.card().idNumber()), StandardCharsets.UTF_8)).isEqualTo("11010519491231002X");
        assertThat(evidence.frames().get(0).image().sha256()).isEqualTo(sha("frame 0".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void neitherTheIdNumberNorTheImagesAreStoredInClear() throws Exception {
        verifiedWithEvidence("v1");
        records.find("v1");
        try (Connection c = TestDatabases.jdbc(settings); Statement s = c.createStatement();
             ResultSet events = s.executeQuery("SELECT payload FROM verification_events WHERE verification_id = 'v1'")) {
            while (events.next()) {
                assertThat(events.getString(1)).doesNotContain("11010519491231002X").doesNotContain("frame 0");
            }
        }
        try (Connection c = TestDatabases.jdbc(settings); Statement s = c.createStatement();
             ResultSet images = s.executeQuery("SELECT sealed_data, key_id FROM evidence_images WHERE verification_id = 'v1'")) {
            int n = 0;
            while (images.next()) {
                assertThat(new String(images.getBytes(1), StandardCharsets.ISO_8859_1)).doesNotContain("frame", "card photo");
                assertThat(images.getString(2)).isEqualTo("k1");
                n++;
            }
            assertThat(n).isEqualTo(3);
        }
    }

    @Test
    void theVerificationsRowAndTheSessionsResultFollowTheDecision() throws Exception {
        verifiedWithEvidence("v1");
        records.find("v1");
        try (Connection c = TestDatabases.jdbc(settings); Statement s = c.createStatement();
             ResultSet row = s.executeQuery("SELECT phase, machine_verdict, case_number, event_count FROM verifications WHERE verification_id = 'v1'")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString("phase")).isEqualTo("DECIDED");
            assertThat(row.getString("machine_verdict")).isEqualTo("PASS");
            assertThat(row.getString("case_number")).isEqualTo("410702-2026-000123");
            assertThat(row.getInt("event_count")).isEqualTo(3);
        }
        assertThat(new DatabaseAuditLog(database, writer).about("v1")).extracting(e -> e.action())
                .containsExactly("VERIFICATION_OPENED", "VERIFICATION_EVIDENCE_RECEIVED", "VERIFICATION_DECIDED");
    }

    @Test
    void aVerificationWrittenBeforeARestartIsContinuedAfterIt() {
        verifiedWithEvidence("v1");
        DatabaseVerificationRecords reopened = new DatabaseVerificationRecords(database, writer);
        reopened.append(new VerificationEvent.Viewed("v1", T0.plusSeconds(60), "zhangwei", "DETAILS"));
        assertThat(reopened.find("v1").orElseThrow().views()).hasSize(1);
        assertThat(reopened.ofSession("s1")).extracting(VerificationRecord::id).containsExactly("v1");
    }

    @Test
    void evidenceOlderThanTheRetentionPeriodIsPurgedAndTheRecordStillVerifies() {
        verifiedWithEvidence("v1");
        DatabaseAuditLog audit = new DatabaseAuditLog(database, writer);
        java.time.Clock early = java.time.Clock.fixed(T0.plus(java.time.Duration.ofDays(179)), java.time.ZoneOffset.UTC);
        assertThat(new EvidenceRetention(writer, java.time.Duration.ofDays(180), early).purge()).isZero();
        assertThat(records.find("v1").orElseThrow().evidence().orElseThrow().cardPhoto().data()).isNotNull();

        java.time.Clock late = java.time.Clock.fixed(T0.plus(java.time.Duration.ofDays(181)), java.time.ZoneOffset.UTC);
        assertThat(new EvidenceRetention(writer, java.time.Duration.ofDays(180), late).purge()).isEqualTo(3);

        VerificationEvent.EvidenceReceived evidence = records.find("v1").orElseThrow().evidence().orElseThrow();
        assertThat(evidence.cardPhoto().data()).isNull();
        assertThat(evidence.frames()).allSatisfy(f -> assertThat(f.image().data()).isNull());
        assertThat(evidence.frames().get(0).image().sha256()).as("the hash stays")
                .isEqualTo(sha("frame 0".getBytes(StandardCharsets.UTF_8)));
        assertThat(evidence.card().idNumberMasked()).isEqualTo("110***********002X");
        assertThat(audit.verify().isIntact()).isTrue();
        assertThat(audit.read(1, 100)).extracting(e -> e.action()).contains("EVIDENCE_PURGED");
    }
}
