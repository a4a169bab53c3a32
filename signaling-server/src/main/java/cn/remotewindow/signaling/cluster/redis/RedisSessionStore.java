package cn.remotewindow.signaling.cluster.redis;

import cn.remotewindow.signaling.cluster.ClusterJson;
import cn.remotewindow.signaling.cluster.ClusterNode;
import cn.remotewindow.signaling.cluster.Relay;
import cn.remotewindow.signaling.cluster.RelayMessage;
import cn.remotewindow.signaling.session.InMemorySessionStore;
import cn.remotewindow.signaling.session.Session;
import cn.remotewindow.signaling.session.SessionStore;
import io.lettuce.core.RedisException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import java.time.Duration;
import java.util.Collection;
import cn.remotewindow.signaling.session.Owners;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sessions this node owns, in memory ({@link InMemorySessionStore}, wrapped) as the truth its
 * owner threads change; and in Redis a snapshot of each, its owner, and each kiosk's open session,
 * so that any node can look at a session and another node can take it over when this one dies.
 *
 * <p>Creating a session is one script (one open session per kiosk across nodes); every change
 * sends the new snapshot without waiting, on the one command connection, so snapshots reach Redis
 * in the order they were made.
 */
public final class RedisSessionStore implements SessionStore {

    private static final Logger log = LoggerFactory.getLogger(RedisSessionStore.class);
    private static final LuaScript CREATE = LuaScript.load("/redis/cluster/session-create.lua");
    private static final LuaScript REMOVE = LuaScript.load("/redis/cluster/session-remove.lua");
    private static final LuaScript CLAIM = LuaScript.load("/redis/cluster/session-claim.lua");
    private static final LuaScript RESTORE = LuaScript.load("/redis/cluster/session-restore.lua");
    private static final LuaScript HANDOVER = LuaScript.load("/redis/cluster/session-handover.lua");
    /** A snapshot outlives any session by far; it only keeps a stray write from staying for good. */
    static final Duration SNAPSHOT_LIFETIME = Duration.ofHours(24);
    /** How long a snapshot that differs only in the relay's bookkeeping may wait. */
    static final Duration SNAPSHOT_DELAY = Duration.ofMillis(100);

    private final InMemorySessionStore local = new InMemorySessionStore();
    private final RedisLink redis;
    private final ClusterKeys keys;
    private final ClusterNode self;
    private final ClusterJson json;
    /** Tells the other nodes when a session of this node ends or changes hands (their owner caches). */
    private final Relay relay;
    private final Owners owners;
    /** Sessions whose snapshot waits (touched only on their owner threads). */
    private final Set<String> delayed = ConcurrentHashMap.newKeySet();

    public RedisSessionStore(RedisLink redis, ClusterKeys keys, ClusterNode self, ClusterJson json, Relay relay,
                             Owners owners) {
        this.owners = owners;
        this.relay = relay;
        this.redis = redis;
        this.keys = keys;
        this.self = self;
        this.json = json;
    }

    @Override
    public boolean create(Session session) {
        if (!local.create(session)) {
            return false;
        }
        try {
            Long created = CREATE.run(redis.sync(), ScriptOutputType.INTEGER, sessionKeys(session),
                    session.id(), json.write(session), self.id(), keys.sessionOwner(""), lifetime());
            if (created == 1) {
                return true;
            }
        } catch (RedisException e) {
            local.remove(session.id());
            throw e;
        }
        local.remove(session.id());
        return false;
    }

    @Override
    public Optional<Session> get(String sessionId) {
        return local.get(sessionId);
    }

    @Override
    public Optional<Session> find(String sessionId) {
        Optional<Session> here = local.get(sessionId);
        if (here.isPresent()) {
            return here;
        }
        String snapshot = redis.sync().get(keys.session(sessionId));
        return snapshot == null ? Optional.empty() : Optional.of(json.read(snapshot, Session.class));
    }

    @Override
    public void put(Session session) {
        Optional<Session> before = local.get(session.id());
        if (before.isEmpty()) {
            return; // not this node's
        }
        local.put(session);
        if (onlyRelayBookkeeping(before.get(), session)) {
            // Every relayed description and candidate changes the negotiation's bookkeeping: its
            // snapshot goes at most once per SNAPSHOT_DELAY (a takeover may miss that last moment,
            // which the parties' resume and ICE restart make good).
            if (delayed.add(session.id())) {
                owners.ofSession(session.id()).schedule(() -> writeDelayed(session.id()), SNAPSHOT_DELAY.toMillis(),
                        TimeUnit.MILLISECONDS);
            }
            return;
        }
        write(session);
    }

    /** Whether the change is only in what the relay keeps for ordering, or the last queue report sent. */
    private static boolean onlyRelayBookkeeping(Session before, Session after) {
        return after.withNegotiation(before.negotiation()).reported(before.lastQueueUpdate()).equals(before);
    }

    private void writeDelayed(String sessionId) {
        delayed.remove(sessionId);
        local.get(sessionId).ifPresent(this::write);
    }

    private void write(Session session) {
        try {
            redis.async().set(keys.session(session.id()), json.write(session),
                    SetArgs.Builder.px(SNAPSHOT_LIFETIME.toMillis()));
        } catch (RedisException e) {
            log.debug("snapshot of {} not written: {}", session.id(), e.getMessage());
        }
    }

    @Override
    public void remove(String sessionId) {
        Optional<Session> removed = local.get(sessionId);
        local.remove(sessionId);
        removed.ifPresent(session -> {
            try {
                REMOVE.run(redis.sync(), ScriptOutputType.INTEGER, sessionKeys(session), session.id());
                relay.broadcast(new RelayMessage.OwnerChanged(sessionId, null));
            } catch (RedisException e) {
                log.warn("ended session {} stays in redis for now: {}", sessionId, e.getMessage());
            }
        });
    }

    @Override
    public Optional<String> openSessionOfKiosk(String kioskId) {
        Optional<String> here = local.openSessionOfKiosk(kioskId);
        if (here.isPresent()) {
            return here;
        }
        return Optional.ofNullable(redis.sync().get(keys.kioskSession(kioskId)));
    }

    @Override
    public Collection<Session> all() {
        return local.all();
    }

    /** The node that owns the session, as Redis has it; empty when none does (ended, or never). */
    public Optional<String> owner(String sessionId) {
        return Optional.ofNullable(redis.sync().get(keys.sessionOwner(sessionId)));
    }

    /**
     * Takes the session over from {@code from} (dead or draining) and keeps it here from now on.
     *
     * @return the session as its last snapshot has it, if this node took it over
     */
    public Optional<Session> claim(String sessionId, String from) {
        String snapshot = CLAIM.run(redis.sync(), ScriptOutputType.VALUE,
                new String[]{keys.sessionOwner(sessionId), keys.session(sessionId), keys.nodeSessions(from),
                        keys.nodeSessions(self.id())},
                from, self.id(), sessionId);
        if (snapshot == null) {
            return Optional.empty();
        }
        Session session = json.read(snapshot, Session.class);
        if (!local.create(session)) {
            log.warn("session {} taken over from {}, but its kiosk has another session here", sessionId, from);
            return Optional.empty();
        }
        return Optional.of(session);
    }

    /** Forgets the session here without ending it: another node owns it now. */
    public void letGo(String sessionId) {
        local.remove(sessionId);
    }

    /**
     * Hands the session, as it stands, to {@code node} and forgets it here (a drain). Owner thread.
     *
     * @return false if this node did not own it (any more)
     */
    public boolean handOver(String sessionId, String node) {
        Optional<Session> session = local.get(sessionId);
        if (session.isEmpty()) {
            return false;
        }
        Long done = HANDOVER.run(redis.sync(), ScriptOutputType.INTEGER,
                new String[]{keys.sessionOwner(sessionId), keys.session(sessionId), keys.nodeSessions(self.id()),
                        keys.nodeSessions(node)},
                self.id(), node, sessionId, json.write(session.get()), lifetime());
        if (done == 1) {
            local.remove(sessionId);
            relay.broadcast(new RelayMessage.OwnerChanged(sessionId, node));
            return true;
        }
        return false;
    }

    /** Writes every session of this node back into Redis (after Redis lost its memory). */
    public void restoreAll() {
        for (Session session : local.all()) {
            RESTORE.run(redis.sync(), ScriptOutputType.INTEGER, sessionKeys(session),
                    session.id(), json.write(session), self.id(), lifetime());
        }
    }

    private String[] sessionKeys(Session session) {
        return new String[]{keys.kioskSession(session.request().kioskId()), keys.session(session.id()),
                keys.sessionOwner(session.id()), keys.nodeSessions(self.id())};
    }

    private static String lifetime() {
        return Long.toString(SNAPSHOT_LIFETIME.toMillis());
    }
}
