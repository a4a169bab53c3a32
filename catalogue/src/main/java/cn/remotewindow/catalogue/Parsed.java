package cn.remotewindow.catalogue;

import java.util.List;

/** What reading a catalogue file gives: the catalogue, or every problem of the file (never both). */
public sealed interface Parsed {

    /** The file has no problem. */
    record Valid(Catalogue catalogue) implements Parsed {
    }

    /** The file is refused whole; the problems in the order of the file's lines. */
    record Invalid(List<Problem> problems) implements Parsed {
        public Invalid {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("an invalid file has at least one problem");
            }
        }
    }
}
