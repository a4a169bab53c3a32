package cn.remotewindow.signaling.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.remotewindow.catalogue.DemoCatalogueFile;
import cn.remotewindow.signaling.SignalingApplication;
import cn.remotewindow.signaling.config.WindowProperties;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The catalogue a node starts with: the demo, a configured file, or no start at all when the file has problems. */
@ExtendWith(OutputCaptureExtension.class)
class CatalogueStartUpTest {

    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

    @TempDir
    Path dir;

    private static WindowProperties.Catalogue file(String path) {
        return new WindowProperties.Catalogue(path, 8388608);
    }

    /** The demo with two problems: an unknown department (line of MCA-GLBT's department) and a typo. */
    private static String twoProblems() {
        return DemoCatalogueFile.text()
                .replaceFirst("department: MCA", "department: MZJ")
                .replace("    green-channel: false\n\n  # ── 人社局", "    green-chanel: false\n\n  # ── 人社局");
    }

    @Test
    void noFileConfiguredMeansTheDemo() {
        CatalogueEdition edition = StartUpCatalogue.load(file(""), NOW);

        assertThat(edition.catalogue()).isEqualTo(DemoCatalogueFile.catalogue());
        assertThat(edition.origin()).isEqualTo("demo catalogue/xinxiang.yml");
        assertThat(edition.sha256()).isEqualTo(RunningCatalogue.sha256(DemoCatalogueFile.text().getBytes(StandardCharsets.UTF_8)));
        assertThat(edition.since()).isEqualTo(NOW);
    }

    @Test
    void aConfiguredFileIsRead() throws Exception {
        Path path = Files.writeString(dir.resolve("catalogue.yml"),
                DemoCatalogueFile.text().replace("version: 2026.1-demo", "version: 2026.7"));

        CatalogueEdition edition = StartUpCatalogue.load(file(path.toString()), NOW);

        assertThat(edition.version()).isEqualTo("2026.7");
        assertThat(edition.origin()).isEqualTo("file " + path.toAbsolutePath());
    }

    @Test
    void aFileWithProblemsIsRefusedWithEveryProblemInTheLog(CapturedOutput output) throws Exception {
        Path path = Files.writeString(dir.resolve("catalogue.yml"), twoProblems());

        assertThatThrownBy(() -> StartUpCatalogue.load(file(path.toString()), NOW))
                .isInstanceOfSatisfying(StartUpCatalogue.RefusedException.class, refused ->
                        assertThat(refused.problems()).extracting(p -> p.field())
                                .containsExactly("items[1].green-chanel", "items[6].department"))
                .hasMessageContaining("has 2 problems");

        assertThat(output.getOut()).contains("items[1].green-chanel: unknown field (did you mean 'green-channel'?)",
                "items[6].department: no department has the code 'MZJ'");
    }

    @Test
    void aFileThatIsNotThereIsRefused() {
        assertThatThrownBy(() -> StartUpCatalogue.load(file(dir.resolve("nowhere.yml").toString()), NOW))
                .isInstanceOf(StartUpCatalogue.RefusedException.class)
                .hasMessageContaining("cannot be read");
    }

    @Test
    void aServerWhoseCatalogueHasProblemsDoesNotStart(CapturedOutput output) throws Exception {
        Path path = Files.writeString(dir.resolve("catalogue.yml"), twoProblems());

        assertThatThrownBy(() -> new SpringApplicationBuilder(SignalingApplication.class)
                .run("--server.port=0", "--window.signaling.port=0", "--window.auth.bcrypt-strength=4",
                        "--window.records.url=jdbc:h2:mem:catalogue-start-" + System.nanoTime(),
                        "--window.catalogue.file=" + path).close())
                .hasRootCauseInstanceOf(StartUpCatalogue.RefusedException.class);

        assertThat(output.getOut()).contains("line " + lineOf(twoProblems(), "green-chanel")
                        + ", items[1].green-chanel: unknown field",
                "line " + lineOf(twoProblems(), "department: MZJ") + ", items[6].department: no department");
    }

    private static int lineOf(String text, String snippet) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(snippet)) {
                return i + 1;
            }
        }
        throw new AssertionError(snippet);
    }
}
