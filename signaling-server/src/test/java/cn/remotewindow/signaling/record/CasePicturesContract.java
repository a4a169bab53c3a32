package cn.remotewindow.signaling.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** What every {@link CasePictures} does: kept as sealed, found by id and attempt, stored once. */
public abstract class CasePicturesContract {

    protected static final EvidenceCipher CIPHER = EvidenceCipher.from("k-test",
            "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");

    protected abstract CasePictures pictures();

    protected static StoredPicture picture(String id, int attempt, String text) {
        byte[] plain = text.getBytes(StandardCharsets.UTF_8);
        return new StoredPicture(id, attempt, "s-1", "410702-2026-000001", "HUKOU-BOOK", PictureKind.DOCUMENT,
                "ab".repeat(32), "image/jpeg", plain.length, 1600, 1200, CIPHER.seal(plain),
                Instant.parse("2026-12-07T02:30:00.123456Z"), "KIOSK:k-1");
    }

    @Test
    void aStoredPictureIsFoundByIdAndAttemptAndOpensToItsBytes() {
        StoredPicture first = picture("d-1", 1, "first picture");
        StoredPicture retake = picture("d-1", 2, "the retake");
        pictures().store(first).join();
        pictures().store(retake).join();

        StoredPicture found = pictures().find("d-1", 2).orElseThrow();
        assertThat(new String(CIPHER.open(found.sealed()), StandardCharsets.UTF_8)).isEqualTo("the retake");
        assertThat(found.sha256()).isEqualTo(retake.sha256());
        assertThat(found.sessionId()).isEqualTo("s-1");
        assertThat(found.caseNumber()).isEqualTo("410702-2026-000001");
        assertThat(found.materialCode()).isEqualTo("HUKOU-BOOK");
        assertThat(found.kind()).isEqualTo(PictureKind.DOCUMENT);
        assertThat(found.width()).isEqualTo(1600);
        assertThat(found.storedAt()).isEqualTo(retake.storedAt().truncatedTo(ChronoUnit.MICROS));
        assertThat(found.storedBy()).isEqualTo("KIOSK:k-1");
        assertThat(new String(CIPHER.open(pictures().find("d-1", 1).orElseThrow().sealed()), StandardCharsets.UTF_8))
                .isEqualTo("first picture");
        assertThat(pictures().find("d-1", 3)).isEmpty();
        assertThat(pictures().find("d-2", 1)).isEmpty();
    }

    @Test
    void storingTheSamePictureAgainKeepsTheFirst() {
        pictures().store(picture("d-9", 1, "kept")).join();
        pictures().store(picture("d-9", 1, "a retry with other bytes")).join();
        assertThat(new String(CIPHER.open(pictures().find("d-9", 1).orElseThrow().sealed()), StandardCharsets.UTF_8))
                .isEqualTo("kept");
    }

    @Test
    void aSignatureHasNoMaterial() {
        StoredPicture signature = new StoredPicture("c-1", 1, "s-2", null, null, PictureKind.SIGNATURE, "cd".repeat(32),
                "image/png", 10, 600, 240, CIPHER.seal(new byte[10]), Instant.parse("2026-12-07T03:00:00Z"),
                "KIOSK:k-2");
        pictures().store(signature).join();
        StoredPicture found = pictures().find("c-1", 1).orElseThrow();
        assertThat(found.kind()).isEqualTo(PictureKind.SIGNATURE);
        assertThat(found.materialCode()).isNull();
        assertThat(found.caseNumber()).isNull();
    }
}
