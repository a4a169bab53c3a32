package cn.remotewindow.catalogue;

/**
 * One thing wrong with a catalogue file.
 *
 * @param line    1-based line of the file where it is (for a missing field: the line of the entry that lacks it)
 * @param field   the path of the field, e.g. {@code items[2].materials[0].copies}; empty when the problem
 *                is not in one field (the YAML syntax, the text's encoding)
 * @param message what is wrong, in plain words
 */
public record Problem(int line, String field, String message) {

    @Override
    public String toString() {
        return "line " + line + (field.isEmpty() ? "" : ", " + field) + ": " + message;
    }
}
