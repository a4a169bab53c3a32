package cn.remotewindow.signaling.receipt;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The receipt's words in one language, from {@code ReceiptText*.properties}. The bundle never
 * falls back to the JVM's default locale (an English server prints zh-CN receipts in Chinese),
 * and placeholders {@code {0}} are replaced literally, so an apostrophe is just an apostrophe.
 */
final class ReceiptTexts {

    private static final String BUNDLE = "cn.remotewindow.signaling.receipt.ReceiptText";

    private final ResourceBundle bundle;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;

    ReceiptTexts(ReceiptLanguage language) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.date = DateTimeFormatter.ofPattern(get("format.date"), language.locale());
        this.dateTime = DateTimeFormatter.ofPattern(get("format.dateTime"), language.locale());
    }

    String get(String key, Object... args) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("receipt text " + key + " is missing from " + BUNDLE, e);
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    String date(LocalDate day) {
        return date.format(day);
    }

    String dateTime(ZonedDateTime moment) {
        return dateTime.format(moment);
    }
}
