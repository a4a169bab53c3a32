package cn.remotewindow.signaling.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PictureCheckTest {

    private static final PictureCheck.Limits DOCUMENTS =
            new PictureCheck.Limits(Set.of(PictureCheck.JPEG, PictureCheck.PNG), 200, 200, 8000);

    @Test
    void aJpegPageIsTakenWithItsSizeAndHash() {
        byte[] page = Pictures.document(1600, 1200, "jpg", 1);
        Picture picture = PictureCheck.check(page, PictureCheck.JPEG, DOCUMENTS);
        assertThat(picture.contentType()).isEqualTo("image/jpeg");
        assertThat(picture.width()).isEqualTo(1600);
        assertThat(picture.height()).isEqualTo(1200);
        assertThat(picture.bytes()).isEqualTo(page.length);
        assertThat(picture.sha256()).hasSize(64).isEqualTo(PictureCheck.sha256(page));
    }

    @Test
    void aPngIsTakenToo() {
        Picture picture = PictureCheck.check(Pictures.document(800, 600, "png", 2), PictureCheck.PNG, DOCUMENTS);
        assertThat(picture.contentType()).isEqualTo("image/png");
    }

    @Test
    void whatIsNotAPictureIsRefusedByItsContent() {
        byte[] text = "not a picture at all, just words".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> PictureCheck.check(text, PictureCheck.JPEG, DOCUMENTS))
                .isInstanceOfSatisfying(CaseFileRefused.class, e -> assertThat(e.code()).isEqualTo("IMAGE_REJECTED"))
                .hasMessageContaining("not a JPEG or PNG");
    }

    @Test
    void aTruncatedJpegOrPngIsRefusedNotKeptHalfGrey() {
        byte[] jpeg = Pictures.truncated(Pictures.document(1600, 1200, "jpg", 3));
        byte[] png = Pictures.truncated(Pictures.document(800, 600, "png", 4));
        assertThatThrownBy(() -> PictureCheck.check(jpeg, PictureCheck.JPEG, DOCUMENTS))
                .isInstanceOfSatisfying(CaseFileRefused.class, e -> assertThat(e.code()).isEqualTo("IMAGE_REJECTED"));
        assertThatThrownBy(() -> PictureCheck.check(png, PictureCheck.PNG, DOCUMENTS))
                .isInstanceOfSatisfying(CaseFileRefused.class, e -> assertThat(e.code()).isEqualTo("IMAGE_REJECTED"));
    }

    @Test
    void theDeclaredTypeMustBeTheContentsType() {
        byte[] png = Pictures.document(800, 600, "png", 5);
        assertThatThrownBy(() -> PictureCheck.check(png, PictureCheck.JPEG, DOCUMENTS))
                .hasMessageContaining("is image/png but was sent as image/jpeg");
    }

    @Test
    void tooSmallAndTooLargeInPixelsAreRefused() {
        assertThatThrownBy(() -> PictureCheck.check(Pictures.document(150, 400, "jpg", 6), PictureCheck.JPEG, DOCUMENTS))
                .hasMessageContaining("at least 200 × 200");
        assertThatThrownBy(() -> PictureCheck.check(Pictures.document(8200, 300, "png", 7), PictureCheck.PNG, DOCUMENTS))
                .hasMessageContaining("at most 8000");
    }

    @Test
    void aSignatureMustBeAPng() {
        PictureCheck.Limits signatures = new PictureCheck.Limits(Set.of(PictureCheck.PNG), 100, 40, 4000);
        assertThat(PictureCheck.check(Pictures.signature(1), PictureCheck.PNG, signatures).width()).isEqualTo(600);
        byte[] jpeg = Pictures.document(600, 240, "jpg", 8);
        assertThatThrownBy(() -> PictureCheck.check(jpeg, PictureCheck.JPEG, signatures))
                .hasMessageContaining("not a PNG");
    }
}
