package cn.remotewindow.kiosk.screen;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The screen's texts in one language, from {@code messages_zh_CN.properties} and
 * {@code messages_en.properties} next to this class (UTF-8). Texts with arguments are
 * {@link MessageFormat} patterns.
 */
public final class Messages {

    private static final String BUNDLE = "cn.remotewindow.kiosk.screen.messages";
    private static final Map<ScreenLanguage, Messages> LOADED = new EnumMap<>(ScreenLanguage.class);

    private final ScreenLanguage language;
    private final ResourceBundle bundle;

    private Messages(ScreenLanguage language) {
        this.language = language;
        // No fallback: an English kiosk on a Chinese-default JVM must not quietly get Chinese.
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static synchronized Messages of(ScreenLanguage language) {
        return LOADED.computeIfAbsent(language, Messages::new);
    }

    public ScreenLanguage language() {
        return language;
    }

    /** The text for this key; a {@link MessageFormat} pattern when arguments are given. */
    public String text(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(arguments);
    }

    /** Every key, for the test that keeps both bundles complete. */
    public Set<String> keys() {
        return bundle.keySet();
    }
}
