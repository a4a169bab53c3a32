package cn.remotewindow.kiosk.screen;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What one screen shows, in words: every text and button label by its {@link ControlNames name},
 * in reading order, and which buttons can be pressed now. Both screen implementations are built
 * from it, so they always say the same thing; a front end other than Swing can draw it.
 *
 * @param screen which screen
 * @param language the language of the texts
 * @param texts name to text, texts and button labels alike, in reading order
 * @param buttons names of the buttons that can be pressed now (a subset of the names in texts)
 */
public record ScreenContent(ScreenId screen, ScreenLanguage language, Map<String, String> texts, Set<String> buttons) {

    public ScreenContent {
        texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
        buttons = Collections.unmodifiableSet(new LinkedHashSet<>(buttons));
    }

    /** The text with this name, or null when this screen does not show it now. */
    public String text(String name) {
        return texts.get(name);
    }

    public boolean shows(String name) {
        return texts.containsKey(name);
    }

    public boolean canPress(String name) {
        return buttons.contains(name);
    }

    /** Collects a screen's content while the state describes itself. */
    public static final class Builder {
        private final Messages messages;
        private final Map<String, String> texts = new LinkedHashMap<>();
        private final Set<String> buttons = new LinkedHashSet<>();

        Builder(Messages messages) {
            this.messages = messages;
        }

        public Messages messages() {
            return messages;
        }

        /** A text (label) with this name. */
        public Builder text(String name, String text) {
            texts.put(name, text);
            return this;
        }

        /** A button with this name and label, pressable unless the screen is waiting for the controller. */
        public Builder button(String name, String label) {
            texts.put(name, label);
            buttons.add(name);
            return this;
        }

        ScreenContent build(ScreenId screen, boolean locked) {
            Set<String> pressable = new LinkedHashSet<>(buttons);
            if (locked) {
                // After a one-shot action only the language can change until the controller answers.
                pressable.retainAll(Set.of(ControlNames.LANGUAGE));
            }
            return new ScreenContent(screen, messages.language(), texts, pressable);
        }
    }
}
