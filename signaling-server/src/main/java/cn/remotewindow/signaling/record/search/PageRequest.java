package cn.remotewindow.signaling.record.search;

/**
 * One page of a list: {@code page} from 0, {@code size} rows (1 to {@link #MAX_SIZE}), sorted by a
 * column, newest or largest first when {@code descending}.
 */
public record PageRequest(int page, int size, SessionSort sort, boolean descending) {

    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (page < 0) {
            throw new IllegalArgumentException("'page' counts from 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("'size' must be between 1 and " + MAX_SIZE);
        }
        sort = sort == null ? SessionSort.REQUESTED_AT : sort;
    }

    public static PageRequest first(int size) {
        return new PageRequest(0, size, SessionSort.REQUESTED_AT, true);
    }

    long offset() {
        return (long) page * size;
    }
}
