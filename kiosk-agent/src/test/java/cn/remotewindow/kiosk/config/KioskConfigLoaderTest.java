package cn.remotewindow.kiosk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KioskConfigLoaderTest {

    @TempDir
    Path dir;

    private Path file(String content) throws IOException {
        Path file = dir.resolve("kiosk.properties");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void readsTheFileOverDefaults() throws IOException {
        KioskConfig config = new KioskConfigLoader(Map.of()).load(file("""
                server.http-url=https://window.xinxiang.example
                kiosk.id=kiosk-hongqi-01
                kiosk.secret=s3cret
                media.width=1280
                media.height=720
                screen.language=en
                """));
        assertThat(config.server().httpUrl().toString()).isEqualTo("https://window.xinxiang.example");
        assertThat(config.device().kioskId()).isEqualTo("kiosk-hongqi-01");
        assertThat(config.media().width()).isEqualTo(1280);
        assertThat(config.media().camera()).isEqualTo("synthetic");
        assertThat(config.screen().language()).isEqualTo(Locale.ENGLISH);
        assertThat(config.reconnect().initialDelay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(config.device().toString()).doesNotContain("s3cret");
    }

    @Test
    void theExpectedDistrictIsCheckedAgainstTheServersOnlyWhenConfigured() throws IOException {
        KioskConfig config = new KioskConfigLoader(Map.of("WINDOW_KIOSK_DISTRICT", "红旗区"))
                .load(file("kiosk.id=k1\nkiosk.secret=x\n"));
        assertThat(config.device().district()).isEqualTo("红旗区");
        assertThat(config.device().districtDiffers("红旗区")).isFalse();
        assertThat(config.device().districtDiffers("卫滨区")).isTrue();
        KioskConfig unset = new KioskConfigLoader(Map.of()).load(file("kiosk.id=k1\nkiosk.secret=x\n"));
        assertThat(unset.device().districtDiffers("卫滨区")).isFalse();
    }

    @Test
    void environmentOverridesTheFile() throws IOException {
        KioskConfig config = new KioskConfigLoader(Map.of("WINDOW_KIOSK_SECRET", "from-env", "WINDOW_MEDIA_FPS", "15"))
                .load(file("kiosk.id=k1\nkiosk.secret=from-file\n"));
        assertThat(config.device().secret()).isEqualTo("from-env");
        assertThat(config.media().fps()).isEqualTo(15);
    }

    @Test
    void listsEveryProblemWithItsKey() throws IOException {
        assertThatThrownBy(() -> new KioskConfigLoader(Map.of()).load(file("""
                server.http-url=ftp://nope
                media.widht=640
                media.fps=200
                reconnect.max-delay=soon
                screen.mode=tablet
                """)))
                .isInstanceOfSatisfying(KioskConfigException.class, e -> assertThat(e.problems()).hasSize(7)
                        .anySatisfy(p -> assertThat(p).startsWith("server.http-url:"))
                        .anySatisfy(p -> assertThat(p).startsWith("media.widht: unknown setting"))
                        .anySatisfy(p -> assertThat(p).startsWith("media.fps:").contains("1 to 60"))
                        .anySatisfy(p -> assertThat(p).startsWith("reconnect.max-delay:"))
                        .anySatisfy(p -> assertThat(p).startsWith("screen.mode:"))
                        .anySatisfy(p -> assertThat(p).startsWith("kiosk.id: required").contains("WINDOW_KIOSK_ID"))
                        .anySatisfy(p -> assertThat(p).startsWith("kiosk.secret: required")));
    }

    @Test
    void backOffDoublesUpToTheCap() {
        KioskConfig.Reconnect policy = new KioskConfig.Reconnect(Duration.ofSeconds(1), Duration.ofSeconds(30), 0);
        assertThat(policy.delayBefore(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.delayBefore(3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.delayBefore(10)).isEqualTo(Duration.ofSeconds(30));
    }
}
