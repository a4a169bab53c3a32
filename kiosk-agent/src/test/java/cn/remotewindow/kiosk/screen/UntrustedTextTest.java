package cn.remotewindow.kiosk.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UntrustedTextTest {

    @Test
    void plainTextIsKept() {
        assertThat(UntrustedText.clean("请把身份证放在读卡器上", 200)).isEqualTo("请把身份证放在读卡器上");
        assertThat(UntrustedText.clean("<html><script>x</script>", 200)).isEqualTo("<html><script>x</script>");
    }

    @Test
    void whiteSpaceBecomesSingleSpacesAndTheEndsAreTrimmed() {
        assertThat(UntrustedText.clean("  第一步\r\n\r\n第二步\t第三步\u2028第四步\u0085第五步\u3000 ", 200))
                .isEqualTo("第一步 第二步 第三步 第四步 第五步");
    }

    @Test
    void controlAndFormatCharactersAndLoneSurrogatesAreRemoved() {
        assertThat(UntrustedText.clean("a\u0000b\u0007c\u001Bd\u007Fe\u009Bf", 200)).isEqualTo("abcdef");
        assertThat(UntrustedText.clean("\u202E请\u2066签\u200B名\u200E\uFEFF", 200)).isEqualTo("请签名");
        assertThat(UntrustedText.clean("x\uD800y\uDC00z", 200)).isEqualTo("xyz");
        assertThat(UntrustedText.clean("\uD83D\uDE00", 200)).as("a whole surrogate pair stays").isEqualTo("\uD83D\uDE00");
    }

    @Test
    void nothingLeftIsEmpty() {
        assertThat(UntrustedText.clean(null, 200)).isEmpty();
        assertThat(UntrustedText.clean(" \n\u0000\u202E ", 200)).isEmpty();
    }

    @Test
    void longTextIsCutInCodePointsWithAnEllipsis() {
        assertThat(UntrustedText.clean("一二三四五", 5)).isEqualTo("一二三四五");
        assertThat(UntrustedText.clean("一二三四五六", 5)).isEqualTo("一二三四…");
        assertThat(UntrustedText.clean("ab cd ef", 4)).as("no space before the ellipsis").isEqualTo("ab…");
        assertThat(UntrustedText.clean("ab   cd", 5)).as("spaces are counted once").isEqualTo("ab cd");
        String emoji = "\uD83D\uDE00".repeat(6);
        assertThat(UntrustedText.clean(emoji, 5)).as("a pair is never split")
                .isEqualTo("\uD83D\uDE00".repeat(4) + "…");
        assertThatThrownBy(() -> UntrustedText.clean("x", 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCutEndsAfterAWordAndWithoutPunctuationBeforeTheEllipsis() {
        assertThat(UntrustedText.clean("acts for you. We can accept", 16)).isEqualTo("acts for you…");
        assertThat(UntrustedText.clean("材料不齐也可以先受理，请在三十个工作日内补交", 12)).isEqualTo("材料不齐也可以先受理…");
        assertThat(UntrustedText.shortened("please bring it", 9)).as("a space at the cut").isEqualTo("please…");
        assertThat(UntrustedText.shortened("see https://zwfw.example.gov.cn/abcdefghij", 30))
                .as("a word longer than 20 characters is cut inside")
                .isEqualTo("see https://zwfw.example.gov.c…");
        assertThat(UntrustedText.shortened("...!!!", 3)).as("never only the ellipsis").isEqualTo("...…");
    }
}
