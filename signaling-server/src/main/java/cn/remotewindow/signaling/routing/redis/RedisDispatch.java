package cn.remotewindow.signaling.routing.redis;

import cn.remotewindow.protocol.message.ExpertState;
import cn.remotewindow.signaling.cluster.redis.RedisLink;
import cn.remotewindow.signaling.routing.Dispatch;
import cn.remotewindow.signaling.routing.ExpertStatus;
import cn.remotewindow.signaling.routing.InMemoryDispatch;
import cn.remotewindow.signaling.routing.Placement;
import cn.remotewindow.signaling.routing.QueueSnapshot;
import cn.remotewindow.signaling.routing.Release;
import cn.remotewindow.signaling.routing.WaitingRequest;
import cn.remotewindow.signaling.routing.redis.DispatchScripts.Script;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The dispatch shared by every node through one Redis: several nodes, each with its own
 * RedisDispatch on the same Redis and prefix, behave as one {@link InMemoryDispatch} (same routing
 * rule, same answers). Keys: {@link DispatchKeys}.
 *
 * <p>Atomicity: every operation that reads and changes is one Lua script (redis/dispatch/*.lua)
 * run with EVALSHA, so Redis runs it alone, as the in-memory lock does; the reads that span keys
 * (queue, experts) are scripts too, for one consistent instant. nextSequence is a single INCR.
 * The scripts build keys with ids and skills in them, so this needs one Redis instance (or a
 * primary with replicas), not Redis Cluster. Redis must not evict keys (maxmemory-policy
 * noeviction): the scripts rely on the keys of one expert or request disappearing together.
 *
 * <p>Calls block: Lettuce's sync API on the node's one shared connection. The caller is a Netty
 * event loop, and one round trip on a LAN is about 0.1-0.3 ms, less than the work around it;
 * an asynchronous dispatch would make every caller asynchronous for no gain at this scale.
 *
 * <p>Failures: Lettuce's unchecked {@link io.lettuce.core.RedisException} propagates (commands are
 * rejected at once while Redis is unreachable, see {@link RedisLink}); no call ever answers from a
 * guess. After a command timeout the script may or may not have run: the caller must treat the
 * outcome as unknown (the expert's next release or sign-off, or a restore, puts it right).
 *
 * <p>Restore: Redis without persistence forgets everything when it restarts. Each node knows what
 * concerns it (its experts, the sessions they hold, its kiosks' waiting requests, the highest
 * sequence it saw) and reports it with the restore* calls, which are idempotent, may come in any
 * order from any node, and never claim or offer; then {@link #settle} for each of its experts
 * lets the free AVAILABLE ones claim or line up, in the order the node calls it.
 *
 * <p>One difference from the in-memory dispatch, where it had no defined meaning: placing a session
 * that is still queued replaces its queued copy instead of leaving both.
 */
public final class RedisDispatch implements Dispatch {

    private final RedisCommands<String, String> redis;
    private final DispatchScripts scripts;
    private final String prefix;

    /**
     * Loads the scripts (SCRIPT LOAD) at once, so a node that cannot reach Redis fails at start.
     *
     * @param prefix in front of every key, e.g. "window:"
     */
    public RedisDispatch(RedisLink link, String prefix) {
        this.redis = link.sync();
        this.prefix = prefix;
        this.scripts = new DispatchScripts(redis);
    }

    @Override
    public long nextSequence() {
        long sequence = redis.incr(prefix + DispatchKeys.SEQUENCE);
        if (sequence >= DispatchKeys.SEQUENCE_LIMIT) {
            throw new IllegalStateException("request sequences exhausted: " + sequence);
        }
        return sequence;
    }

    @Override
    public void signOn(String expertId, Set<String> skills) {
        run(Script.SIGN_ON, ScriptOutputType.INTEGER, expertId, RequestJson.writeSkills(skills));
    }

    @Override
    public Optional<ExpertStatus> signOff(String expertId) {
        return status(run(Script.SIGN_OFF, ScriptOutputType.MULTI, expertId));
    }

    @Override
    public Placement place(WaitingRequest request) {
        List<Object> reply = run(Script.PLACE, ScriptOutputType.MULTI, withPassedBy(request,
                request.sessionId(), request.skill(), Long.toString(DispatchKeys.queueScore(request)),
                RequestJson.write(request)));
        return "offered".equals(reply.get(0)) ? new Placement.Offered((String) reply.get(1)) : new Placement.Queued();
    }

    @Override
    public boolean offerTo(String expertId, WaitingRequest request) {
        return isOne(run(Script.OFFER_TO, ScriptOutputType.INTEGER, expertId, request.sessionId()));
    }

    @Override
    public Optional<String> offerIdle(WaitingRequest request) {
        return Optional.ofNullable(run(Script.OFFER_IDLE, ScriptOutputType.VALUE,
                withPassedBy(request, request.sessionId(), request.skill())));
    }

    @Override
    public Optional<WaitingRequest> setWanted(String expertId, ExpertState wanted) {
        requireWantable(wanted);
        return request(run(Script.SET_WANTED, ScriptOutputType.VALUE, expertId, wanted.name()));
    }

    @Override
    public boolean confirm(String expertId, String sessionId) {
        return isOne(run(Script.CONFIRM, ScriptOutputType.INTEGER, expertId, sessionId));
    }

    @Override
    public Release release(String expertId, String sessionId, ExpertState next) {
        if (next != null) {
            requireWantable(next);
        }
        List<Object> reply = run(Script.RELEASE, ScriptOutputType.MULTI, expertId, sessionId,
                next == null ? "" : next.name());
        if (!isOne(reply.get(0))) {
            return Release.NOT_HELD;
        }
        return new Release(true, request(reply.size() > 1 ? (String) reply.get(1) : null));
    }

    @Override
    public boolean withdraw(String sessionId) {
        return isOne(run(Script.WITHDRAW, ScriptOutputType.INTEGER, sessionId));
    }

    @Override
    public QueueSnapshot queue(String skill) {
        List<Object> reply = run(Script.QUEUE, ScriptOutputType.MULTI, skill);
        List<WaitingRequest> waiting = new ArrayList<>(reply.size() - 2);
        for (Object json : reply.subList(2, reply.size())) {
            waiting.add(RequestJson.read((String) json));
        }
        return new QueueSnapshot(skill, waiting, ((Long) reply.get(0)).intValue(), ((Long) reply.get(1)).intValue());
    }

    @Override
    public Optional<ExpertStatus> expert(String expertId) {
        return status(run(Script.EXPERT, ScriptOutputType.MULTI, expertId));
    }

    @Override
    public Collection<ExpertStatus> experts() {
        List<Object> reply = run(Script.EXPERTS, ScriptOutputType.MULTI);
        List<ExpertStatus> experts = new ArrayList<>(reply.size());
        for (Object status : reply) {
            status(status).ifPresent(experts::add);
        }
        return List.copyOf(experts);
    }

    /**
     * After Redis lost its data: the expert is signed on with these skills and wants this state.
     * Keeps a hold restored before; never claims nor joins the idle line ({@link #settle} does).
     */
    public void restoreExpert(String expertId, Set<String> skills, ExpertState wanted) {
        requireWantable(wanted);
        run(Script.RESTORE_EXPERT, ScriptOutputType.INTEGER, expertId, RequestJson.writeSkills(skills), wanted.name());
    }

    /**
     * After Redis lost its data: the expert rings for ({@code ringing}) or serves the session. If the
     * expert is not restored yet this leaves a placeholder, not signed on, that restoreExpert completes.
     */
    public void restoreHold(String expertId, String sessionId, boolean ringing) {
        run(Script.RESTORE_HOLD, ScriptOutputType.INTEGER, expertId, sessionId, ringing ? "1" : "0");
    }

    /**
     * After Redis lost its data: the request waits in its queue again, at its old place (its
     * sequence), unless it is queued already; the sequence counter is raised to at least its sequence.
     * Never offers it, even to an idle expert: nodes restore queued requests before they settle.
     */
    public void restoreQueued(WaitingRequest request) {
        run(Script.RESTORE_QUEUED, ScriptOutputType.INTEGER, request.sessionId(), request.skill(),
                Long.toString(DispatchKeys.queueScore(request)), RequestJson.write(request),
                Long.toString(request.sequence()));
    }

    /** After Redis lost its data: sequences handed out from now on are above this one. */
    public void restoreSequenceAtLeast(long sequence) {
        if (sequence < 0 || sequence >= DispatchKeys.SEQUENCE_LIMIT) {
            throw new IllegalArgumentException("sequence out of range: " + sequence);
        }
        run(Script.RESTORE_SEQUENCE, ScriptOutputType.INTEGER, Long.toString(sequence));
    }

    /**
     * The last step of a restore, per expert: a free AVAILABLE expert claims the best waiting
     * request they have not passed, exactly as {@link #setWanted} would, or joins the back of the
     * idle line. Nothing for an expert who is away, holds a session or is not signed on.
     *
     * @return the claimed request; the expert is now ringing for it
     */
    public Optional<WaitingRequest> settle(String expertId) {
        return request(run(Script.SETTLE, ScriptOutputType.VALUE, expertId));
    }

    private <T> T run(Script script, ScriptOutputType type, String... args) {
        String[] withPrefix = new String[args.length + 1];
        withPrefix[0] = prefix;
        System.arraycopy(args, 0, withPrefix, 1, args.length);
        return scripts.run(script, type, withPrefix);
    }

    private static String[] withPassedBy(WaitingRequest request, String... first) {
        return Stream.concat(Stream.of(first), request.passedBy().stream()).toArray(String[]::new);
    }

    private static Optional<WaitingRequest> request(String json) {
        return json == null ? Optional.empty() : Optional.of(RequestJson.read(json));
    }

    /** A statusReply of common.lua (id, skills JSON, wanted, session or nil, ringing), or an empty array. */
    private static Optional<ExpertStatus> status(Object reply) {
        List<?> fields = (List<?>) reply;
        if (fields == null || fields.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ExpertStatus((String) fields.get(0), RequestJson.readSkills((String) fields.get(1)),
                ExpertState.valueOf((String) fields.get(2)), (String) fields.get(3), "1".equals(fields.get(4))));
    }

    private static boolean isOne(Object reply) {
        return reply instanceof Long n && n == 1L;
    }

    private static void requireWantable(ExpertState wanted) {
        if (wanted != ExpertState.AVAILABLE && wanted != ExpertState.AWAY) {
            throw new IllegalArgumentException("an expert can only ask to be AVAILABLE or AWAY, not " + wanted);
        }
    }
}
