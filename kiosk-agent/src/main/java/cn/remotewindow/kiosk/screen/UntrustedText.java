package cn.remotewindow.kiosk.screen;

/**
 * Text that comes from outside the kiosk (the expert's console, over the control channel) made
 * fit to show: plain characters only, on one line of words, and not longer than the screen has
 * room for. The screens never interpret it (no HTML, no escapes); this only removes what would
 * draw as nothing, as boxes, or out of order.
 */
final class UntrustedText {

    static final String ELLIPSIS = "…";

    private UntrustedText() {
    }

    /**
     * Line breaks, tabs and other white space become single spaces; control and format characters
     * (including bidirectional overrides, which can make a text read differently from what it
     * says) and lone surrogates are removed; the ends are trimmed. A text longer than
     * {@code maxCodePoints} is cut to that length, its last character an ellipsis.
     *
     * @return the cleaned text, empty when nothing is left (also for null)
     */
    static String clean(String raw, int maxCodePoints) {
        if (maxCodePoints < 2) {
            throw new IllegalArgumentException("maxCodePoints < 2: " + maxCodePoints);
        }
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(raw.length(), maxCodePoints * 2));
        boolean pendingSpace = false;
        int kept = 0;
        boolean cut = false;
        for (int i = 0; i < raw.length(); ) {
            int c = raw.codePointAt(i);
            i += Character.charCount(c);
            if (isSpace(c)) {
                pendingSpace = kept > 0;
                continue;
            }
            if (isInvisible(c)) {
                continue;
            }
            int needed = pendingSpace ? 2 : 1;
            if (kept + needed > maxCodePoints) {
                cut = true;
                break;
            }
            if (pendingSpace) {
                out.append(' ');
                kept++;
                pendingSpace = false;
            }
            out.appendCodePoint(c);
            kept++;
        }
        if (!cut) {
            return out.toString();
        }
        // Room for the ellipsis: drop the last character, and a space it would follow.
        int end = out.offsetByCodePoints(out.length(), -1);
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        return out.substring(0, end) + ELLIPSIS;
    }

    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85;
    }

    private static boolean isInvisible(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE;
    }
}
