package cn.remotewindow.signaling.routing.redis;

import cn.remotewindow.protocol.message.Priority;
import cn.remotewindow.signaling.routing.WaitingRequest;

/**
 * The Redis keys of the dispatch, each under the prefix given to {@link RedisDispatch} (production
 * "window:", tests one of their own). The Lua scripts build the same names from the prefix
 * ({@code redis/dispatch/common.lua}); Java only needs them to look at or clear the state, and to
 * compute queue scores. Keys with an id or a skill in their name are built inside the scripts,
 * which is fine on one Redis instance but not on Redis Cluster.
 */
public final class DispatchKeys {

    /** HASH per signed-on expert, {@code dispatch:expert:<expertId>}: skills (JSON array), wanted
     *  (AVAILABLE|AWAY), session (absent when free), ringing ("1"|"0"), idle (tick, only while in
     *  the idle line). Without skills it is a placeholder left by restoreHold: not signed on. */
    public static final String EXPERT = "dispatch:expert:";

    /** SET of signed-on expert ids: {@code dispatch:experts}. */
    public static final String EXPERTS = "dispatch:experts";

    /** ZSET per skill of idle AVAILABLE experts, {@code dispatch:idle:<skill>}: member expert id,
     *  score the idle tick at which they became idle (lowest = longest idle). */
    public static final String IDLE = "dispatch:idle:";

    /** STRING counter of idle ticks, {@code dispatch:idle-tick}: INCR'd when an expert joins the idle line. */
    public static final String IDLE_TICK = "dispatch:idle-tick";

    /** ZSET per skill of waiting requests, {@code dispatch:queue:<skill>}: member session id, score
     *  {@link #queueScore}: green channel first, then by sequence. */
    public static final String QUEUE = "dispatch:queue:";

    /** HASH of waiting requests, {@code dispatch:requests}: session id to request JSON ({@link RequestJson}). */
    public static final String REQUESTS = "dispatch:requests";

    /** HASH of signed-on experts per skill, {@code dispatch:online}: skill to count (field gone at zero). */
    public static final String ONLINE = "dispatch:online";

    /** STRING counter of request sequences, {@code dispatch:sequence}: INCR'd by nextSequence. */
    public static final String SEQUENCE = "dispatch:sequence";

    /**
     * Sequences stay below 2^52 so that a queue score, a double, is exact: a normal request's score
     * is 2^52 + sequence, a green channel request's is the sequence alone, and every score stays
     * below 2^53 (at a million requests a day that is over ten billion years).
     */
    public static final long SEQUENCE_LIMIT = 1L << 52;

    private DispatchKeys() {
    }

    /** Green channel first, then first come first served: the order of {@code WaitingRequest#servedBefore}. */
    public static long queueScore(WaitingRequest request) {
        long sequence = request.sequence();
        if (sequence < 0 || sequence >= SEQUENCE_LIMIT) {
            throw new IllegalArgumentException("sequence out of the exact range of a queue score: " + sequence);
        }
        return request.priority() == Priority.GREEN_CHANNEL ? sequence : SEQUENCE_LIMIT + sequence;
    }
}
