package cn.remotewindow.signaling.receipt;

import java.util.Locale;

/** The languages a receipt is printed in; its texts are in {@code ReceiptText_*.properties} beside this class. */
public enum ReceiptLanguage {
    /** 简体中文, the default. */
    ZH_CN(Locale.SIMPLIFIED_CHINESE),
    EN(Locale.ENGLISH);

    private final Locale locale;

    ReceiptLanguage(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** From a language tag (zh-CN, zh, en, en-GB ...); blank or unknown = zh-CN. */
    public static ReceiptLanguage fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return ZH_CN;
        }
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return "en".equals(language) ? EN : ZH_CN;
    }
}
