package cn.remotewindow.catalogue;

import java.util.List;
import java.util.Objects;

/**
 * A 一件事: items of several departments applied for together, once. It may need an expert of
 * each department, or a liaison (联络员) who holds the skills of all.
 *
 * @param items the codes of its items, in the order they are handled
 */
public record Bundle(String code, Name name, List<String> items) {

    public Bundle {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        items = List.copyOf(items);
    }
}
