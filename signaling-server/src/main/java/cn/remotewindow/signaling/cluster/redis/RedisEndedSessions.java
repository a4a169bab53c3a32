package cn.remotewindow.signaling.cluster.redis;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.Satisfaction;
import cn.remotewindow.signaling.cluster.ClusterJson;
import cn.remotewindow.signaling.party.PartyId;
import cn.remotewindow.signaling.session.EndedSession;
import cn.remotewindow.signaling.session.EndedSessions;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The recently ended sessions of every node, in Redis: what {@code InMemoryEndedSessions} keeps for
 * one node, so that a kiosk can rate, an expert can wrap up, and a party can be told of an ending
 * from whichever node it reaches.
 *
 * <p>Every change is a compare-and-set: read the ending, work out its next state in Java, and have a
 * Lua script write it only if the stored text is still the text that was read; otherwise read again.
 * Not a script that edits the JSON itself: it would re-encode it with Lua's cjson (numbers cut to 14
 * digits, an empty list turned into {}), and only ClusterJson should write it. Not WATCH/MULTI: a
 * transaction is state of the connection, and RedisLink's command connection is shared by every
 * thread of the node. A retry follows someone else's successful change, and an ending has at most
 * three (kiosk told, expert told, rated) before it expires, so the loops end.
 *
 * <p>A script touches an ending and a party's index together, so all keys must be on one Redis (a
 * standalone server or Sentinel's primary, not Redis Cluster's slots).
 *
 * <p>The rating window is judged by the clock, as in memory, so that its end is the one the journal
 * and the tests see; the keys' expiry (PX, the rest of the window) is only how Redis forgets.
 *
 * <p>A Redis that fails or cannot be reached throws (Lettuce's RedisException): nothing here answers
 * "unknown" or "already rated" for a store it could not read.
 */
public final class RedisEndedSessions implements EndedSessions {

    /** {@code <prefix>ended:session:<sessionId>}: the ending as ClusterJson text; expires when its window closes. */
    private static final String ENDED = "ended:session:";

    /**
     * {@code <prefix>ended:untold:kiosk:<kioskId>}, {@code <prefix>ended:untold:expert:<expertId>}: the
     * set of session ids whose ending that party has not been told of; expires with the last of them.
     */
    private static final String UNTOLD = "ended:untold:";

    /** Keeps the first ending of a session id; a second add (a retry, another node) changes nothing. */
    private static final Script ADD = new Script("""
            -- KEYS[1] the ending, KEYS[2..] the untold indexes of the parties not told
            -- ARGV[1] its text, ARGV[2] milliseconds left in its window, ARGV[3] its session id
            if not redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
              return 0
            end
            for i = 2, #KEYS do
              redis.call('SADD', KEYS[i], ARGV[3])
              if redis.call('PTTL', KEYS[i]) < tonumber(ARGV[2]) then
                redis.call('PEXPIRE', KEYS[i], ARGV[2])
              end
            end
            return 1
            """);

    /** Compare-and-set, keeping the expiry; a party told is taken off its index in the same step. */
    private static final Script REPLACE = new Script("""
            -- KEYS[1] the ending, KEYS[2] (optional) the untold index to take it off
            -- ARGV[1] the text that was read, ARGV[2] the text to write, ARGV[3] its session id
            if redis.call('GET', KEYS[1]) ~= ARGV[1] then
              return 0
            end
            redis.call('SET', KEYS[1], ARGV[2], 'KEEPTTL')
            if KEYS[2] then
              redis.call('SREM', KEYS[2], ARGV[3])
            end
            return 1
            """);

    /** Takes an expired ending off an index, unless it was added again meanwhile. */
    private static final Script FORGET = new Script("""
            -- KEYS[1] the ending, KEYS[2] the untold index; ARGV[1] its session id
            if redis.call('EXISTS', KEYS[1]) == 0 then
              return redis.call('SREM', KEYS[2], ARGV[1])
            end
            return 0
            """);

    private final RedisCommands<String, String> redis;
    private final ClusterJson json;
    private final String prefix;
    private final Duration keep;
    private final Clock clock;

    /**
     * @param prefix put before every key ("window:" in production), so that one Redis can hold
     *               several deployments or tests
     * @param keep   the rating window
     */
    public RedisEndedSessions(RedisLink link, ClusterJson json, String prefix, Duration keep, Clock clock) {
        this.redis = link.sync();
        this.json = json;
        this.prefix = prefix;
        this.keep = keep;
        this.clock = clock;
    }

    @Override
    public void add(EndedSession ended) {
        long left = ended.endedAt().plus(keep).toEpochMilli() - clock.millis();
        if (left <= 0) {
            return; // its window is over already: there is nothing it could still be found for
        }
        List<String> keys = new ArrayList<>(3);
        keys.add(endedKey(ended.sessionId()));
        if (!ended.kioskTold()) {
            keys.add(untoldKey(Role.KIOSK, ended.kioskId()));
        }
        if (!ended.expertTold() && ended.expertId() != null) {
            keys.add(untoldKey(Role.EXPERT, ended.expertId()));
        }
        ADD.run(redis, keys.toArray(String[]::new), json.write(ended), Long.toString(left), ended.sessionId());
    }

    @Override
    public Optional<EndedSession> find(String sessionId) {
        return read(sessionId).map(Stored::session).filter(this::fresh);
    }

    @Override
    public List<EndedSession> takeUntold(PartyId party) {
        // As in memory: a party that is not a kiosk is looked for as the expert. Each ending is marked
        // told as it is taken, so a failure part way through loses those taken before it: at most
        // once, never twice.
        Role role = party.role() == Role.KIOSK ? Role.KIOSK : Role.EXPERT;
        String index = untoldKey(role, party.id());
        List<EndedSession> untold = new ArrayList<>();
        for (String sessionId : redis.smembers(index)) {
            take(sessionId, index, party).ifPresent(untold::add);
        }
        return untold;
    }

    @Override
    public Optional<EndedSession> rate(String sessionId, String kioskId, Satisfaction level) {
        while (true) {
            Stored stored = read(sessionId).orElse(null);
            if (stored == null || !fresh(stored.session()) || !kioskId.equals(stored.session().kioskId())
                    || stored.session().rating() != null) {
                return Optional.empty();
            }
            EndedSession rated = stored.session().rated(level);
            if (replace(stored, rated, null)) {
                return Optional.of(rated);
            }
        }
    }

    /** The ending as it was before this party was told of it, if this call is the one that told it. */
    private Optional<EndedSession> take(String sessionId, String index, PartyId party) {
        while (true) {
            Stored stored = read(sessionId).orElse(null);
            if (stored == null) {
                FORGET.run(redis, new String[] {endedKey(sessionId), index}, sessionId);
                return Optional.empty();
            }
            EndedSession ended = stored.session();
            boolean untold = party.role() == Role.KIOSK
                    ? party.id().equals(ended.kioskId()) && !ended.kioskTold()
                    : party.id().equals(ended.expertId()) && !ended.expertTold();
            if (!untold || !fresh(ended)) {
                return Optional.empty(); // told by another node meanwhile, or over (its key expires soon)
            }
            if (replace(stored, ended.told(party.role()), index)) {
                return Optional.of(ended);
            }
        }
    }

    private boolean replace(Stored stored, EndedSession next, String index) {
        String key = endedKey(next.sessionId());
        String[] keys = index == null ? new String[] {key} : new String[] {key, index};
        return REPLACE.run(redis, keys, stored.text(), json.write(next), next.sessionId()) == 1L;
    }

    private Optional<Stored> read(String sessionId) {
        String text = redis.get(endedKey(sessionId));
        return text == null ? Optional.empty() : Optional.of(new Stored(text, json.read(text, EndedSession.class)));
    }

    private boolean fresh(EndedSession ended) {
        return ended.endedAt().plus(keep).isAfter(clock.instant());
    }

    private String endedKey(String sessionId) {
        return prefix + ENDED + sessionId;
    }

    private String untoldKey(Role role, String partyId) {
        return prefix + UNTOLD + (role == Role.KIOSK ? "kiosk:" : "expert:") + partyId;
    }

    /** An ending with the exact text it was read as, which a change must find unchanged. */
    private record Stored(String text, EndedSession session) {
    }

    /** A Lua script run by its digest; its text is sent only when Redis lacks it (first use, or a restarted Redis). */
    private static final class Script {

        private final String text;
        private final String digest;

        Script(String text) {
            this.text = text;
            try {
                this.digest = HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every JVM has SHA-1", e);
            }
        }

        long run(RedisCommands<String, String> redis, String[] keys, String... args) {
            Long result;
            try {
                result = redis.evalsha(digest, ScriptOutputType.INTEGER, keys, args);
            } catch (RedisNoScriptException e) {
                result = redis.eval(text, ScriptOutputType.INTEGER, keys, args);
            }
            return result;
        }
    }
}
