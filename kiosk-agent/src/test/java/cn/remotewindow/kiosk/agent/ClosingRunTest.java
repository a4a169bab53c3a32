package cn.remotewindow.kiosk.agent;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.kiosk.link.CaseFileApiAccess;
import cn.remotewindow.kiosk.screen.ScreenLanguage;
import org.junit.jupiter.api.Test;

class ClosingRunTest {

    @Test
    void aCitizenReadingEnglishGetsTheEnglishReceipt() {
        String path = "/api/sessions/s-1/receipt";
        assertThat(ClosingRun.inLanguage(path, ScreenLanguage.ZH_CN)).isEqualTo(path);
        assertThat(ClosingRun.inLanguage(path, ScreenLanguage.EN)).isEqualTo(path + "?lang=en");
        assertThat(ClosingRun.inLanguage(path + "?lang=en", ScreenLanguage.EN)).isEqualTo(path + "?lang=en");
        assertThat(CaseFileApiAccess.allowed(ClosingRun.inLanguage(path, ScreenLanguage.EN)))
                .as("the kiosk's token still goes to it").isTrue();
    }
}
