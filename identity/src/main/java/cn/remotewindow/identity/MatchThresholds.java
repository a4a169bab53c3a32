package cn.remotewindow.identity;

/**
 * Cosine-similarity thresholds of the face comparison: {@code similarity >= pass} matches,
 * {@code reviewFloor <= similarity < pass} goes to the expert, below {@code reviewFloor} is a mismatch.
 *
 * @param pass             lowest similarity (live face vs card photo) that may pass by machine
 * @param reviewFloor      lowest similarity that is still shown to the expert as borderline
 * @param sameSubjectFloor lowest similarity allowed between a usable (frontal, good-quality) frame and any
 *                         other single-face frame of the same burst; below it the burst is taken to show
 *                         more than one person
 */
public record MatchThresholds(double pass, double reviewFloor, double sameSubjectFloor) {

    public MatchThresholds {
        if (!(reviewFloor < pass) || pass > 1 || reviewFloor < -1 || sameSubjectFloor < -1 || sameSubjectFloor > 1) {
            throw new IllegalArgumentException("inconsistent match thresholds: " + this);
        }
    }
}
