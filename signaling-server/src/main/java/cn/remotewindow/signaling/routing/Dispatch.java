package cn.remotewindow.signaling.routing;

import cn.remotewindow.protocol.message.ExpertState;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Experts' presence and the per-skill queues, changed only through operations that are atomic
 * across both: no request is lost, duplicated or offered to two experts, whatever the threads
 * (or, for the Redis implementation, the nodes) that call.
 *
 * <p>Routing rule: a placed request goes to the longest-idle AVAILABLE expert who holds its skill
 * and has not passed it; otherwise it waits in its skill's queue, green channel first and first
 * come first served within a class. An expert who becomes free takes the best waiting request of
 * any of their skills.
 */
public interface Dispatch {

    /** The next arrival number for a new request: strictly increasing across the whole service. */
    long nextSequence();

    /** The expert connects: known with their skills, AWAY until they ask to be available. */
    void signOn(String expertId, Set<String> skills);

    /**
     * The expert disconnects and is forgotten.
     *
     * @return their status just before, to see what session they were ringing for or serving
     */
    Optional<ExpertStatus> signOff(String expertId);

    /** Offers the request to a free expert or queues it. */
    Placement place(WaitingRequest request);

    /**
     * Offers the request to this one expert (a transfer to a named colleague): if they are signed
     * on, AVAILABLE and hold no session, they are now ringing for it. Otherwise nothing changes.
     */
    boolean offerTo(String expertId, WaitingRequest request);

    /**
     * Offers the request to the longest-idle AVAILABLE free expert of its skill who has not passed
     * it, and never queues it (an invitation into a call, which is asked for now or not at all).
     *
     * @return the expert now ringing for it; empty if nobody is free, and then nothing changed
     */
    Optional<String> offerIdle(WaitingRequest request);

    /**
     * The expert asks to be AVAILABLE or AWAY. Becoming available with nothing held claims the
     * best waiting request, if any.
     *
     * @return the claimed request; the expert is now ringing for it
     */
    Optional<WaitingRequest> setWanted(String expertId, ExpertState wanted);

    /** The expert takes the session they are ringing for. False if they are not ringing for it. */
    boolean confirm(String expertId, String sessionId);

    /**
     * Frees the expert from the session (ring declined, timed out or cancelled; call ended).
     *
     * @param next AVAILABLE, AWAY, or null to keep what the expert last asked for
     */
    Release release(String expertId, String sessionId, ExpertState next);

    /** Takes a waiting request out of its queue. False if it was not queued (already offered or gone). */
    boolean withdraw(String sessionId);

    /** The queue of one skill. */
    QueueSnapshot queue(String skill);

    Optional<ExpertStatus> expert(String expertId);

    /** Every signed-on expert; for the waiting picture and for tests. */
    Collection<ExpertStatus> experts();
}
