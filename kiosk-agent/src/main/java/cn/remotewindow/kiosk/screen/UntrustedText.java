package cn.remotewindow.kiosk.screen;

/**
 * Text that comes from outside the kiosk (the expert's console, over the control channel) made
 * fit to show: plain characters only, on one line of words, and not longer than the screen has
 * room for. The screens never interpret it (no HTML, no escapes); this only removes what would
 * draw as nothing, as boxes, or out of order.
 */
public final class UntrustedText {

    public static final String ELLIPSIS = "…";

    private static final String CLAUSE_ENDS = ".,;:!?…，。；：、！？";

    /** How far back a cut looks for the end of a word before it cuts inside one. */
    private static final int WORD_SEARCH = 20;

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
    public static String clean(String raw, int maxCodePoints) {
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
        // Room for the ellipsis: one character less, unless a space was all that did not fit.
        return shortened(out.toString(), Math.min(kept, maxCodePoints - 1));
    }

    /**
     * The first {@code codePoints} characters of the text followed by an ellipsis, read the way a
     * person would cut it: not inside a Latin word when a word ends at most 20 characters
     * earlier ("acts for…", not "acts for yo…"), and without spaces or punctuation just before
     * the ellipsis ("for you…", not "for you.…"). Chinese may be cut between any two characters.
     *
     * @param codePoints at least 1, at most the text's length
     */
    public static String shortened(String text, int codePoints) {
        int end = text.offsetByCodePoints(0, codePoints);
        if (end < text.length() && latin(text.codePointBefore(end)) && latin(text.codePointAt(end))) {
            int wordEnd = end;
            int looked = 0;
            while (wordEnd > 0 && looked < WORD_SEARCH && !Character.isWhitespace(text.codePointBefore(wordEnd))) {
                wordEnd = text.offsetByCodePoints(wordEnd, -1);
                looked++;
            }
            if (wordEnd > 0 && looked < WORD_SEARCH) {
                end = wordEnd;
            }
        }
        int kept = end;
        while (kept > 0 && trailing(text.codePointBefore(kept))) {
            kept = text.offsetByCodePoints(kept, -1);
        }
        // Never nothing but the ellipsis: keep the cut as it was when all of it was punctuation.
        return (kept > 0 ? text.substring(0, kept) : text.substring(0, end)) + ELLIPSIS;
    }

    private static boolean latin(int c) {
        return Character.isLetterOrDigit(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN;
    }

    /** Spaces and the punctuation that ends a clause or sentence. */
    private static boolean trailing(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || CLAUSE_ENDS.indexOf(c) >= 0;
    }

    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85;
    }

    private static boolean isInvisible(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE;
    }
}
