package cn.remotewindow.signaling.config;

import cn.remotewindow.signaling.receipt.ReceiptFont;
import cn.remotewindow.signaling.receipt.ReceiptFontUnavailable;
import cn.remotewindow.signaling.receipt.ReceiptPdf;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The receipt printer and its font, found once at start-up. A font set in
 * {@code window.receipt.font} that cannot be used stops the server (an operator's mistake, told at
 * once); with none set and none found the server starts, logs why at ERROR, and every receipt is
 * refused with the same reason: calls and verifications do not depend on printing.
 */
@Configuration(proxyBeanMethods = false)
public class ReceiptConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ReceiptConfiguration.class);

    @Bean
    ReceiptPdf receiptPdf(WindowProperties properties) {
        String configured = properties.receipt().font();
        if (!configured.isBlank()) {
            try {
                ReceiptPdf printer = ReceiptPdf.withFont(ReceiptFont.locate(configured));
                log.info("receipts are printed in {}", printer.font());
                return printer;
            } catch (ReceiptFontUnavailable e) {
                throw new ReceiptFontUnavailable("window.receipt.font: " + e.getMessage());
            }
        }
        try {
            ReceiptPdf printer = ReceiptPdf.withFont(ReceiptFont.locate(""));
            log.info("receipts are printed in {}", printer.font());
            return printer;
        } catch (ReceiptFontUnavailable e) {
            log.error("receipts cannot be printed: {}", e.getMessage());
            return ReceiptPdf.unavailable(e);
        }
    }
}
