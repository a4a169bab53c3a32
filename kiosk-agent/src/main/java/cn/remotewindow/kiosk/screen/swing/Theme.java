package cn.remotewindow.kiosk.screen.swing;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sizes, fonts and colours of the kiosk screen, scaled once from the window size: the design is
 * drawn for a 1280x800 kiosk (body text 30 px, buttons 96 px high) and grows with larger screens,
 * never shrinks below that. Colours are dark on white or white on dark, at least 7:1 contrast.
 */
final class Theme {

    /** Fonts with complete Simplified Chinese, best first; the kiosk image should have one. */
    private static final List<String> CJK_FAMILIES = List.of(
            "Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN", "WenQuanYi Micro Hei",
            "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC", "Droid Sans Fallback");

    static final Color BACKGROUND = Color.WHITE;
    static final Color TEXT = new Color(0x1A1A1A);
    /** Secondary text, still 9:1 on white. */
    static final Color TEXT_QUIET = new Color(0x3C4043);
    static final Color TOP_BAR = new Color(0x0A3D7A);
    static final Color PRIMARY = new Color(0x0A4DA2);
    static final Color PRIMARY_PRESSED = new Color(0x06346F);
    static final Color DANGER = new Color(0xA50E0E);
    static final Color DANGER_PRESSED = new Color(0x7A0A0A);
    static final Color GREEN = new Color(0x0D652D);
    static final Color GREEN_PRESSED = new Color(0x084A20);
    static final Color GREEN_TINT = new Color(0xE6F4EA);
    static final Color TILE = new Color(0xF1F5FB);
    static final Color TILE_PRESSED = new Color(0xD6E2F3);
    static final Color DISABLED = new Color(0xDADCE0);
    static final Color DISABLED_TEXT = new Color(0x3C4043);
    static final Color VIDEO_BACKGROUND = new Color(0x202124);
    static final Color WARNING = new Color(0xFFD54F);
    static final Color ALERT = new Color(0xFFAB40);
    /** The calm notice that the expert sees the kiosk's screen: navy on light blue, 9:1. */
    static final Color NOTICE = new Color(0xDCEBFA);
    static final Color NOTICE_TEXT = TOP_BAR;
    /** The expert's message card: near white, so that it reads like a note on the dark call screen. */
    static final Color MESSAGE_BACKGROUND = new Color(0xFFFDF5);

    private final double scale;
    private final String family;

    Theme(Dimension screen) {
        this.scale = Math.max(1.0, Math.min(screen.width / 1280.0, screen.height / 800.0));
        this.family = chooseFamily();
    }

    /** The font family used for all text; "Dialog" (fontconfig's choice) when no CJK font is known. */
    String family() {
        return family;
    }

    int px(double designPixels) {
        return (int) Math.round(designPixels * scale);
    }

    Font title() {
        return font(Font.BOLD, 30);
    }

    Font heading() {
        return font(Font.BOLD, 46);
    }

    /** The queue position: the one figure a waiting citizen looks for. */
    Font figure() {
        return font(Font.BOLD, 56);
    }

    Font body() {
        return font(Font.PLAIN, 32);
    }

    Font button() {
        return font(Font.BOLD, 34);
    }

    /** The expert's short prompts on the call screen; longer messages use {@link #body()}. */
    Font message() {
        return font(Font.BOLD, 40);
    }

    /** The smallest text on the screen, still above the 28 px floor. */
    Font small() {
        return font(Font.PLAIN, 28);
    }

    /** Buttons never shrink their text below this. */
    float minimumTextSize() {
        return px(28);
    }

    int buttonHeight() {
        return px(96);
    }

    int gap() {
        return px(20);
    }

    int margin() {
        return px(32);
    }

    int corner() {
        return px(18);
    }

    private Font font(int style, double size) {
        return new Font(family, style, px(size));
    }

    private static String chooseFamily() {
        Set<String> installed = Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getAvailableFontFamilyNames()).collect(Collectors.toSet());
        return CJK_FAMILIES.stream().filter(installed::contains).findFirst().orElse(Font.DIALOG);
    }
}
