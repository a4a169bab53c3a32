package cn.remotewindow.kiosk.screen;

import cn.remotewindow.kiosk.screen.ServiceCatalogue.Bundle;
import cn.remotewindow.kiosk.screen.ServiceCatalogue.Department;
import cn.remotewindow.kiosk.screen.ServiceCatalogue.Item;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds items and 一件事 bundles by what a citizen types on the kiosk's letter keys: the pinyin
 * initials of the Chinese name (拼音首字母, 不动产登记 → BDCDJ; a polyphonic character matches
 * by any of its readings), or the start of words of the English name. Chinese characters typed on
 * a real keyboard match the Chinese name itself. Best matches first: the start of a name before
 * its middle, then catalogue order.
 */
public final class ServiceSearch {

    /** The most a search returns: more is not a choice, it is a list to read. */
    public static final int MAX_MATCHES = 12;

    /** One thing the citizen can choose: an item of a department, or a bundle. */
    public record Match(Item item, Department department, Bundle bundle) {

        public String code() {
            return item != null ? item.code() : bundle.code();
        }

        public Name name() {
            return item != null ? item.name() : bundle.name();
        }

        public boolean isBundle() {
            return bundle != null;
        }
    }

    private record Entry(Match match, PinyinInitials initials, String chinese, List<String> englishWords, int order) {
    }

    private record Scored(Entry entry, int score) {
    }

    private final List<Entry> entries = new ArrayList<>();

    ServiceSearch(ServiceCatalogue catalogue) {
        for (Bundle bundle : catalogue.bundles()) {
            add(new Match(null, null, bundle));
        }
        for (Department department : catalogue.departments()) {
            for (Item item : department.items()) {
                add(new Match(item, department, null));
            }
        }
    }

    private void add(Match match) {
        Name name = match.name();
        String english = name.en() == null ? "" : name.en().toLowerCase(Locale.ROOT);
        entries.add(new Entry(match, PinyinInitials.of(name.zh()), name.zh(),
                List.of(english.split("[^a-z0-9]+")), entries.size()));
    }

    /** The matches for what was typed, best first; none for nothing typed. */
    public List<Match> find(String typed) {
        String query = typed == null ? "" : typed.strip();
        if (query.isEmpty()) {
            return List.of();
        }
        String letters = query.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        List<Scored> found = new ArrayList<>();
        for (Entry entry : entries) {
            int score = score(entry, query, letters);
            if (score >= 0) {
                found.add(new Scored(entry, score));
            }
        }
        return found.stream()
                .sorted(Comparator.comparingInt(Scored::score).thenComparingInt(s -> s.entry().order()))
                .limit(MAX_MATCHES)
                .map(s -> s.entry().match())
                .toList();
    }

    /** Lower is better; -1 when it does not match. */
    private static int score(Entry entry, String query, String letters) {
        if (entry.chinese().startsWith(query)) {
            return 0;
        }
        if (entry.chinese().contains(query)) {
            return 1;
        }
        if (letters.isEmpty()) {
            return -1;
        }
        int at = entry.initials().indexOf(letters);
        if (at == 0) {
            return 0;
        }
        if (at > 0) {
            return 2;
        }
        if (englishMatches(entry.englishWords(), letters)) {
            return 3;
        }
        return -1;
    }

    /** Typed letters as the start of one word, or as the initials of consecutive words. */
    private static boolean englishMatches(List<String> words, String letters) {
        for (int i = 0; i < words.size(); i++) {
            if (!words.get(i).isEmpty() && words.get(i).startsWith(letters)) {
                return true;
            }
            if (letters.length() > 1 && i + letters.length() <= words.size()) {
                boolean initials = true;
                for (int k = 0; k < letters.length() && initials; k++) {
                    String word = words.get(i + k);
                    initials = !word.isEmpty() && word.charAt(0) == letters.charAt(k);
                }
                if (initials) {
                    return true;
                }
            }
        }
        return false;
    }
}
