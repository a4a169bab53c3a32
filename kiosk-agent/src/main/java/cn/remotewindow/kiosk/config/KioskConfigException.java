package cn.remotewindow.kiosk.config;

import java.util.List;

/** The configuration cannot be used; lists every problem, one per line, each naming its key. */
public final class KioskConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public KioskConfigException(List<String> problems) {
        super("the kiosk configuration has " + problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
