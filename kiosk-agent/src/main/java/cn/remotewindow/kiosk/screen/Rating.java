package cn.remotewindow.kiosk.screen;

/**
 * The national 好差评 rating, five levels, in the order the standard lists them (best first).
 * {@link #score()} is the usual 5..1 encoding.
 */
public enum Rating {
    VERY_SATISFIED(5),
    SATISFIED(4),
    BASICALLY_SATISFIED(3),
    DISSATISFIED(2),
    VERY_DISSATISFIED(1);

    private final int score;

    Rating(int score) {
        this.score = score;
    }

    public int score() {
        return score;
    }
}
