package cn.remotewindow.kiosk.screen;

import java.util.Objects;

/**
 * A name from the caller's data (a department, a service item) in both screen languages.
 * Screen texts live in resource bundles; names of catalogue entries come with the catalogue.
 *
 * @param zh the Chinese name, shown by default
 * @param en the English name; may be null or blank, then the Chinese name is shown in English too
 */
public record Name(String zh, String en) {

    public Name {
        Objects.requireNonNull(zh, "zh");
        if (zh.isBlank()) {
            throw new IllegalArgumentException("a name needs its Chinese text");
        }
    }

    public String in(ScreenLanguage language) {
        return language == ScreenLanguage.EN && en != null && !en.isBlank() ? en : zh;
    }
}
