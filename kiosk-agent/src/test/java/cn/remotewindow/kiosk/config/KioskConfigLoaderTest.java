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
    void noCardReaderUnlessConfigured() throws IOException {
        KioskConfig.Identity identity = new KioskConfigLoader(Map.of()).load(file("kiosk.id=k1\nkiosk.secret=x\n"))
                .identity();
        assertThat(identity.cardReader()).isEqualTo(KioskConfig.CardReaderKind.NONE);
        assertThat(identity.readTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(identity.promptTime()).isEqualTo(Duration.ofMillis(1200));
        assertThat(identity.resultTime()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void theFileReaderTakesTheDemoCardOrBothFilesOfACard() throws IOException {
        KioskConfig demo = new KioskConfigLoader(Map.of("WINDOW_IDENTITY_CARD_READER", "file"))
                .load(file("kiosk.id=k1\nkiosk.secret=x\n"));
        assertThat(demo.identity().cardReader()).isEqualTo(KioskConfig.CardReaderKind.FILE);
        assertThat(demo.identity().cardFile()).isNull();

        Path card = Files.writeString(dir.resolve("card.json"), "{}");
        Path photo = Files.write(dir.resolve("photo.jpg"), new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});
        KioskConfig own = new KioskConfigLoader(Map.of()).load(file("kiosk.id=k1\nkiosk.secret=x\n"
                + "identity.card-reader=file\nidentity.card-file=" + card + "\nidentity.card-photo=" + photo
                + "\nidentity.prompt-time=800ms\n"));
        assertThat(own.identity().cardFile()).isEqualTo(card);
        assertThat(own.identity().cardPhoto()).isEqualTo(photo);
        assertThat(own.identity().promptTime()).isEqualTo(Duration.ofMillis(800));
    }

    @Test
    void identityProblemsAreListedWithTheirKeys() throws IOException {
        assertThatThrownBy(() -> new KioskConfigLoader(Map.of()).load(file("""
                kiosk.id=k1
                kiosk.secret=x
                identity.card-reader=usb
                identity.card-file=/nonexistent/card.json
                identity.prompt-time=50ms
                identity.read-timeout=later
                """)))
                .isInstanceOfSatisfying(KioskConfigException.class, e -> assertThat(e.problems()).hasSize(5)
                        .anySatisfy(p -> assertThat(p).startsWith("identity.card-reader:").contains("none or file"))
                        .anySatisfy(p -> assertThat(p).startsWith("identity.card-file:").contains("not a readable file"))
                        .anySatisfy(p -> assertThat(p).startsWith("identity.card-file, identity.card-photo:"))
                        .anySatisfy(p -> assertThat(p).startsWith("identity.prompt-time:").contains("500ms to 5s"))
                        .anySatisfy(p -> assertThat(p).startsWith("identity.read-timeout:").contains("duration")));
    }

    @Test
    void backOffDoublesUpToTheCap() {
        KioskConfig.Reconnect policy = new KioskConfig.Reconnect(Duration.ofSeconds(1), Duration.ofSeconds(30), 0);
        assertThat(policy.delayBefore(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.delayBefore(3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.delayBefore(10)).isEqualTo(Duration.ofSeconds(30));
    }
}
