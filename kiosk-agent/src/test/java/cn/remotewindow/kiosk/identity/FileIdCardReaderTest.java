package cn.remotewindow.kiosk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.remotewindow.protocol.identity.CardProblem;
import cn.remotewindow.protocol.identity.IdCardFacts;
import cn.remotewindow.protocol.identity.Sex;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stand-in reader: a good card, a card it cannot read, and a card the kiosk must refuse. */
class FileIdCardReaderTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(1);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path dir;

    private Path photo() throws IOException {
        try (var in = FileIdCardReader.class.getResourceAsStream("demo-card/photo.jpg")) {
            return Files.write(dir.resolve("photo.jpg"), in.readAllBytes());
        }
    }

    private Path card(String json) throws IOException {
        return Files.writeString(dir.resolve("card.json"), json);
    }

    @Test
    void theDemoCardIsGb11643sOwnExampleValidForLife() throws Exception {
        CardRead read = (CardRead) FileIdCardReader.demoCard().read(TIMEOUT);

        IdCardFacts facts = read.facts();
        assertThat(facts.name()).isEqualTo("王芳");
        assertThat(facts.sex()).isEqualTo(Sex.FEMALE);
        assertThat(facts.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(facts.idNumber()).isEqualTo("11010519491231002X");
        assertThat(facts.validUntil()).as("长期").isNull();
        assertThat(facts.problems(TODAY)).isEmpty();
        assertThat(read.photoType()).isEqualTo(CardRead.PhotoType.JPEG);
        BufferedImage photo = ImageIO.read(new ByteArrayInputStream(read.photo()));
        assertThat(photo.getWidth()).isEqualTo(512);
        assertThat(read.toString()).doesNotContain("王芳", "11010519491231002X", "1949").contains("110***********002X");
    }

    @Test
    void aGoodCardFromFiles() throws Exception {
        FileIdCardReader reader = FileIdCardReader.of(card("""
                {"name": "王芳", "sex": "FEMALE", "birthDate": "1949-12-31", "idNumber": "11010519491231002X",
                 "validFrom": "2016-03-01", "validUntil": "2036-03-01"}
                """), photo());

        IdCardReader.Result result = reader.read(TIMEOUT);

        assertThat(result).isInstanceOfSatisfying(CardRead.class, read -> {
            assertThat(read.facts().validFrom()).isEqualTo(LocalDate.of(2016, 3, 1));
            assertThat(read.facts().validUntil()).isEqualTo(LocalDate.of(2036, 3, 1));
            assertThat(read.facts().problems(TODAY)).isEmpty();
        });
    }

    @Test
    void aMissingCardFileIsAnUnreadableCard() throws Exception {
        IdCardReader.Result result = FileIdCardReader.of(dir.resolve("no-such-card.json"), photo()).read(TIMEOUT);

        assertThat(result).isInstanceOfSatisfying(CardReadFailure.class, failure -> {
            assertThat(failure.reason()).isEqualTo(CardReadFailure.Reason.UNREADABLE);
            assertThat(failure.detail()).contains("card data");
        });
    }

    @Test
    void aMissingOrBrokenPhotoOrGarbledDataIsUnreadableAndSaysWhichFieldNotItsValue() throws Exception {
        Path good = card("{\"name\":\"王芳\",\"sex\":\"FEMALE\",\"birthDate\":\"1949-12-31\","
                + "\"idNumber\":\"11010519491231002X\",\"validFrom\":\"2016-03-01\"}");
        assertThat(FileIdCardReader.of(good, dir.resolve("none.jpg")).read(TIMEOUT))
                .isInstanceOfSatisfying(CardReadFailure.class, f -> assertThat(f.detail()).contains("photo"));
        Path notAnImage = Files.writeString(dir.resolve("photo.txt"), "not a picture");
        assertThat(FileIdCardReader.of(good, notAnImage).read(TIMEOUT))
                .isInstanceOfSatisfying(CardReadFailure.class, f -> assertThat(f.detail()).contains("neither JPEG nor PNG"));

        Path badDate = Files.writeString(dir.resolve("bad.json"), "{\"birthDate\":\"31.12.1949\"}");
        assertThat(FileIdCardReader.of(badDate, photo()).read(TIMEOUT))
                .isInstanceOfSatisfying(CardReadFailure.class, f -> assertThat(f.detail())
                        .contains("birthDate").doesNotContain("31.12.1949"));
        Path notJson = Files.writeString(dir.resolve("garbled.json"), "王芳 11010519491231002X");
        assertThat(FileIdCardReader.of(notJson, photo()).read(TIMEOUT))
                .isInstanceOfSatisfying(CardReadFailure.class, f -> assertThat(f.detail()).isEqualTo("card data is not JSON"));
    }

    @Test
    void anExpiredCardIsReadAndItsProblemFound() throws Exception {
        CardRead read = (CardRead) FileIdCardReader.of(card("""
                {"name": "王芳", "sex": "FEMALE", "birthDate": "1949-12-31", "idNumber": "11010519491231002X",
                 "validFrom": "2006-03-01", "validUntil": "2026-03-01"}
                """), photo()).read(TIMEOUT);

        assertThat(read.facts().problems(TODAY)).containsExactly(CardProblem.EXPIRED);
    }

    @Test
    void missingFieldsAreReadAsMissing() throws Exception {
        CardRead read = (CardRead) FileIdCardReader.of(card("{\"idNumber\": \"11010519491231002X\", \"name\": \" \"}"),
                photo()).read(TIMEOUT);
        assertThat(read.facts().name()).isNull();
        assertThat(read.facts().problems(TODAY)).contains(CardProblem.INCOMPLETE);
    }

    @Test
    void aReadOnAnInterruptedThreadStops() {
        Thread.currentThread().interrupt();
        assertThatThrownBy(() -> FileIdCardReader.demoCard().read(TIMEOUT)).isInstanceOf(InterruptedException.class);
    }

    @Test
    void aCardReadNeedsAJpegOrPngPhoto() {
        IdCardFacts facts = new IdCardFacts("王芳", Sex.FEMALE, LocalDate.of(1949, 12, 31), "11010519491231002X",
                LocalDate.of(2016, 3, 1), null);
        assertThatThrownBy(() -> new CardRead(facts, new byte[] {'G', 'I', 'F', '8'}))
                .isInstanceOf(IllegalArgumentException.class);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0};
        assertThat(new CardRead(facts, png).photoType()).isEqualTo(CardRead.PhotoType.PNG);
    }
}
