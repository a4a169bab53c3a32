package cn.remotewindow.signaling.cluster.redis;

import cn.remotewindow.protocol.message.ExpertState;
import cn.remotewindow.signaling.cluster.PresenceHints;
import io.lettuce.core.SetArgs;
import java.time.Duration;
import java.util.Optional;

/** Presence hints in Redis, kept for the resume grace: the expert reconnects within it or starts afresh. */
public final class RedisPresenceHints implements PresenceHints {

    private final RedisLink redis;
    private final ClusterKeys keys;
    private final Duration keep;

    public RedisPresenceHints(RedisLink redis, ClusterKeys keys, Duration keep) {
        this.redis = redis;
        this.keys = keys;
        this.keep = keep;
    }

    @Override
    public void leave(String expertId, ExpertState wanted) {
        redis.sync().set(keys.presenceHint(expertId), wanted.name(), SetArgs.Builder.px(keep.toMillis()));
    }

    @Override
    public Optional<ExpertState> take(String expertId) {
        String hint = redis.sync().getdel(keys.presenceHint(expertId));
        if (hint == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ExpertState.valueOf(hint));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
