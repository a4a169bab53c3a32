package cn.remotewindow.kiosk.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The two bundles stay complete, in step, and in their own language. */
class MessagesTest {

    private static final Messages ZH = Messages.of(ScreenLanguage.ZH_CN);
    private static final Messages EN = Messages.of(ScreenLanguage.EN);

    /** Texts that are in the other language on purpose: the toggle names the language it switches to. */
    private static final Set<String> OTHER_LANGUAGE = Set.of("language.toggle");
    /** Punctuation around a name from the catalogue: no words of either language. */
    private static final Set<String> NO_WORDS = Set.of("choice.bundle.separator", "choice.result.department", "choice.typed");

    @Test
    void bothBundlesHaveTheSameKeys() {
        assertThat(EN.keys()).containsExactlyInAnyOrderElementsOf(ZH.keys());
    }

    @Test
    void everyErrorAndRatingHasItsTexts() {
        for (ScreenError error : ScreenError.values()) {
            assertThat(ZH.keys()).contains("error." + error.name() + ".what", "error." + error.name() + ".next");
        }
        for (Rating rating : Rating.values()) {
            assertThat(ZH.keys()).contains("rating." + rating.name());
        }
    }

    @Test
    void textsAreNotBlankAndPatternsParse() {
        for (Messages messages : new Messages[] {ZH, EN}) {
            for (String key : messages.keys()) {
                String text = messages.text(key);
                assertThat(text).as(key).isNotBlank();
                if (text.contains("{")) {
                    new MessageFormat(text, messages.language().locale());
                }
            }
        }
    }

    @Test
    void chineseTextsAreChineseAndEnglishTextsEnglish() {
        for (String key : ZH.keys()) {
            if (OTHER_LANGUAGE.contains(key) || NO_WORDS.contains(key)) {
                continue;
            }
            assertThat(hasHan(ZH.text(key))).as("zh " + key).isTrue();
            assertThat(hasHan(EN.text(key))).as("en " + key).isFalse();
        }
    }

    @Test
    void theRatingsAreTheNationalWording() {
        assertThat(ZH.text("rating.VERY_SATISFIED")).isEqualTo("非常满意");
        assertThat(ZH.text("rating.SATISFIED")).isEqualTo("满意");
        assertThat(ZH.text("rating.BASICALLY_SATISFIED")).isEqualTo("基本满意");
        assertThat(ZH.text("rating.DISSATISFIED")).isEqualTo("不满意");
        assertThat(ZH.text("rating.VERY_DISSATISFIED")).isEqualTo("非常不满意");
    }

    private static boolean hasHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
