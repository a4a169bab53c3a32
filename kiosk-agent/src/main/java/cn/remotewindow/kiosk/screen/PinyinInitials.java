package cn.remotewindow.kiosk.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sourceforge.pinyin4j.PinyinHelper;

/**
 * The pinyin initials of a Chinese name, one set per character, because a polyphonic character
 * (多音字: 行 xíng / háng) has several and the citizen may think of either. Latin letters and digits
 * stand for themselves; punctuation (“一件事”) is left out.
 */
final class PinyinInitials {

    private final List<String> initials;

    private PinyinInitials(List<String> initials) {
        this.initials = initials;
    }

    static PinyinInitials of(String text) {
        List<String> sets = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) && c < 0x80) {
                sets.add(String.valueOf(Character.toLowerCase(c)));
                continue;
            }
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c);
            if (readings == null || readings.length == 0) {
                continue;
            }
            StringBuilder set = new StringBuilder();
            for (String reading : readings) {
                char initial = reading.toLowerCase(Locale.ROOT).charAt(0);
                if (set.indexOf(String.valueOf(initial)) < 0) {
                    set.append(initial);
                }
            }
            sets.add(set.toString());
        }
        return new PinyinInitials(List.copyOf(sets));
    }

    /** Where the letters (lower case) run as consecutive initials, or -1. */
    int indexOf(String letters) {
        for (int start = 0; start + letters.length() <= initials.size(); start++) {
            boolean all = true;
            for (int k = 0; k < letters.length() && all; k++) {
                all = initials.get(start + k).indexOf(letters.charAt(k)) >= 0;
            }
            if (all) {
                return start;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return String.join("|", initials);
    }
}
