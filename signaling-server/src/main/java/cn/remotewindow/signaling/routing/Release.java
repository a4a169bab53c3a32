package cn.remotewindow.signaling.routing;

import java.util.Optional;

/**
 * The result of freeing an expert from a session.
 *
 * @param held    whether the expert was in fact holding that session (false = stale release, nothing changed)
 * @param claimed a queued request the expert is now ringing for, if they became available and one was waiting
 */
public record Release(boolean held, Optional<WaitingRequest> claimed) {

    public static final Release NOT_HELD = new Release(false, Optional.empty());
}
