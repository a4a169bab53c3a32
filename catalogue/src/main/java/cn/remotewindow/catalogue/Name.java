package cn.remotewindow.catalogue;

import java.util.Objects;

/**
 * A name in both languages of the screens: Chinese, shown by default, and English.
 *
 * @param zh the Chinese name, e.g. 户籍迁移
 * @param en the English name, e.g. Household registration transfer
 */
public record Name(String zh, String en) {

    public Name {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }
}
