package cn.remotewindow.signaling.config;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.signaling.receipt.ReceiptPdf;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** window.receipt.font at start-up: a configured font that cannot be used stops the server. */
class ReceiptConfigurationTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(WindowProperties.class)
    static class Properties {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Properties.class, ReceiptConfiguration.class);

    @Test
    void withoutASettingTheFontIsSearchedFor() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            ReceiptPdf printer = context.getBean(ReceiptPdf.class);
            assertThat(printer.available()).isTrue();
            assertThat(printer.font().faceName()).isEqualTo("WenQuanYiMicroHei");
        });
    }

    @Test
    void aConfiguredFontThatCannotBeUsedStopsTheStart() {
        runner.withPropertyValues("window.receipt.font=/nowhere/font.ttc").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("window.receipt.font")
                    .hasMessageContaining("/nowhere/font.ttc");
        });
    }
}
