package cn.remotewindow.signaling.session;

import cn.remotewindow.protocol.message.Satisfaction;
import cn.remotewindow.signaling.party.PartyId;
import java.util.List;
import java.util.Optional;

/** Recently ended sessions, forgotten after the rating window. */
public interface EndedSessions {

    void add(EndedSession ended);

    Optional<EndedSession> find(String sessionId);

    /** Sessions of the party that ended while it was away and that it has not been told of; marks them told. */
    List<EndedSession> takeUntold(PartyId party);

    /**
     * Records the rating if the session was the kiosk's and is not rated yet.
     *
     * @return the session as rated, or empty if it was not the kiosk's, is unknown or already rated
     */
    Optional<EndedSession> rate(String sessionId, String kioskId, Satisfaction level);
}
