package cn.remotewindow.kiosk.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WaitWordsTest {

    private static final Messages ZH = Messages.of(ScreenLanguage.ZH_CN);
    private static final Messages EN = Messages.of(ScreenLanguage.EN);

    @ParameterizedTest(name = "{0} s: {1} / {2}")
    @CsvSource(delimiter = '|', value = {
        "0    | 不到 1 分钟       | less than a minute",
        "45   | 不到 1 分钟       | less than a minute",
        "60   | 约 1 分钟         | about 1 minute",
        "61   | 约 2 分钟         | about 2 minutes",
        "165  | 约 3 分钟         | about 3 minutes",
        "600  | 约 10 分钟        | about 10 minutes",
        "3540 | 约 59 分钟        | about 59 minutes",
        "3600 | 约 1 小时         | about 1 hour",
        "3660 | 约 1 小时 10 分钟 | about 1 hour 10 minutes",
        "5400 | 约 1 小时 30 分钟 | about 1 hour 30 minutes",
        "7140 | 约 2 小时         | about 2 hours",
    })
    void estimatesRoundUpToWordsACitizenReadsAtAGlance(long seconds, String zh, String en) {
        assertThat(WaitWords.estimate(ZH, Duration.ofSeconds(seconds))).isEqualTo(zh);
        assertThat(WaitWords.estimate(EN, Duration.ofSeconds(seconds))).isEqualTo(en);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1 | 下一位就是您    | You are next",
        "2 | 您前面还有 1 位 | 1 person ahead of you",
        "5 | 您前面还有 4 位 | 4 people ahead of you",
    })
    void positionsCountThePeopleAhead(int position, String zh, String en) {
        assertThat(WaitWords.position(ZH, position)).isEqualTo(zh);
        assertThat(WaitWords.position(EN, position)).isEqualTo(en);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1 | 现在有 1 位专家在线 | 1 expert is online now",
        "3 | 现在有 3 位专家在线 | 3 experts are online now",
    })
    void expertsOnline(int experts, String zh, String en) {
        assertThat(WaitWords.experts(ZH, experts)).isEqualTo(zh);
        assertThat(WaitWords.experts(EN, experts)).isEqualTo(en);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"ZH_CN | 暂无专家在线", "EN | No expert is online at the moment"})
    void anUnknownEstimateSaysThatNoExpertIsOnline(ScreenLanguage language, String words) {
        assertThat(WaitWords.estimate(Messages.of(language), null)).isEqualTo(words);
    }
}
