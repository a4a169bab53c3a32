package cn.remotewindow.signaling.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The receipt's words: the same keys in every language, and no fallback to the JVM's locale. */
class ReceiptTextsTest {

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ReceiptTexts.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyLanguageHasEveryKey() throws IOException {
        assertThat(bundle("ReceiptText_en.properties").keySet())
                .containsExactlyInAnyOrderElementsOf(bundle("ReceiptText.properties").keySet());
    }

    @Test
    void chineseStaysChineseOnAServerWhoseLocaleIsEnglish() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            ReceiptTexts zh = new ReceiptTexts(ReceiptLanguage.ZH_CN);
            assertThat(zh.get("title.ONE_TIME_NOTICE")).isEqualTo("一次性告知书");
            assertThat(zh.date(LocalDate.of(2026, 12, 14))).isEqualTo("2026年12月14日");
            assertThat(new ReceiptTexts(ReceiptLanguage.EN).date(LocalDate.of(2026, 12, 14))).isEqualTo("14 December 2026");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void placeholdersAreReplacedLiterally() {
        // An apostrophe would swallow a MessageFormat placeholder; here it stays text.
        ReceiptTexts en = new ReceiptTexts(ReceiptLanguage.EN);
        assertThat(en.get("service.expert", "O'Brien {1}")).isEqualTo("Expert: O'Brien {1}");
    }

    @Test
    void theLanguageComesFromATagAndDefaultsToChinese() {
        assertThat(ReceiptLanguage.fromTag("en-GB")).isEqualTo(ReceiptLanguage.EN);
        assertThat(ReceiptLanguage.fromTag("en")).isEqualTo(ReceiptLanguage.EN);
        assertThat(ReceiptLanguage.fromTag("zh_CN")).isEqualTo(ReceiptLanguage.ZH_CN);
        assertThat(ReceiptLanguage.fromTag("")).isEqualTo(ReceiptLanguage.ZH_CN);
        assertThat(ReceiptLanguage.fromTag("fr")).isEqualTo(ReceiptLanguage.ZH_CN);
    }
}
