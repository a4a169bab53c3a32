package cn.remotewindow.signaling.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the font a receipt is printed in, and the errors that say what is wrong. */
class ReceiptFontTest {

    private static final Path WQY_MICROHEI = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    private static final Path NOTO_CJK = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
    private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    @Test
    void withNothingConfiguredTheSearchFindsTheDebianFont() {
        ReceiptFont font = ReceiptFont.locate("");
        assertThat(font.path()).isEqualTo(WQY_MICROHEI);
        // The proportional face of the collection, not its Mono sibling.
        assertThat(font.faceName()).isEqualTo("WenQuanYiMicroHei");
    }

    @Test
    void aConfiguredFileIsUsedAsGiven() {
        assertThat(ReceiptFont.locate(" " + WQY_MICROHEI + " ").path()).isEqualTo(WQY_MICROHEI);
    }

    @Test
    void anAbsentFileIsNamed() {
        assertThatThrownBy(() -> ReceiptFont.locate("/nowhere/simhei.ttf"))
                .isInstanceOf(ReceiptFontUnavailable.class)
                .hasMessageContaining("/nowhere/simhei.ttf").hasMessageContaining("cannot be read");
    }

    @Test
    void aFileThatIsNoFontIsRefused(@TempDir Path dir) throws IOException {
        Path notAFont = Files.writeString(dir.resolve("font.ttf"), "这不是字体文件");
        assertThatThrownBy(() -> ReceiptFont.load(notAFont))
                .isInstanceOf(ReceiptFontUnavailable.class)
                .hasMessageContaining(notAFont.toString()).hasMessageContaining("not a TrueType font");
    }

    @Test
    void aCffOutlineFontIsRefusedWithTheReason() {
        assumeTrue(Files.isRegularFile(NOTO_CJK), "fonts-noto-cjk is not installed");
        assertThatThrownBy(() -> ReceiptFont.load(NOTO_CJK))
                .isInstanceOf(ReceiptFontUnavailable.class)
                .hasMessageContaining("CFF").hasMessageContaining("WenQuanYi Micro Hei");
    }

    @Test
    void aFontWithoutChineseIsRefusedNamingWhatItLacks() {
        assumeTrue(Files.isRegularFile(DEJAVU), "fonts-dejavu-core is not installed");
        assertThatThrownBy(() -> ReceiptFont.load(DEJAVU))
                .isInstanceOf(ReceiptFontUnavailable.class)
                .hasMessageContaining("no glyphs for 受理回执");
    }

    @Test
    void whenTheSearchFindsNothingItSaysWhereItLookedAndWhatToInstall(@TempDir Path dir) throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.ttc"), "ttcf");
        assertThatThrownBy(() -> ReceiptFont.search(List.of(dir.resolve("absent.ttc"), broken)))
                .isInstanceOf(ReceiptFontUnavailable.class)
                .hasMessageContaining("window.receipt.font")
                .hasMessageContaining("fonts-wqy-microhei")
                .hasMessageContaining("absent.ttc (absent)")
                .hasMessageContaining("broken.ttc (");
    }
}
