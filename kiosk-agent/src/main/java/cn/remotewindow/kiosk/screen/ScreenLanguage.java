package cn.remotewindow.kiosk.screen;

import java.util.Locale;

/** The languages the kiosk screen speaks. Chinese is the default; English is one tap away. */
public enum ScreenLanguage {
    ZH_CN(Locale.SIMPLIFIED_CHINESE),
    EN(Locale.ENGLISH);

    private final Locale locale;

    ScreenLanguage(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The language the toggle switches to: there are two, so the toggle is a single button. */
    public ScreenLanguage other() {
        return this == ZH_CN ? EN : ZH_CN;
    }
}
