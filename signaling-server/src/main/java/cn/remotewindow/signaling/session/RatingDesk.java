package cn.remotewindow.signaling.session;

import cn.remotewindow.protocol.ErrorCode;
import cn.remotewindow.protocol.message.RatingRecorded;
import cn.remotewindow.protocol.message.RatingSubmit;
import cn.remotewindow.signaling.inbound.Inbound;

/** The citizen's 好差评 for a session that just ended, recorded against it once. */
public final class RatingDesk {

    private final EndedSessions ended;
    private final Journal journal;

    public RatingDesk(EndedSessions ended, Journal journal) {
        this.ended = ended;
        this.journal = journal;
    }

    public void rate(Inbound<RatingSubmit> in) {
        String kioskId = in.from().id();
        EndedSession session = ended.find(in.sessionId()).filter(e -> kioskId.equals(e.kioskId())).orElse(null);
        if (session == null) {
            in.fail(ErrorCode.NOT_IN_SESSION, "no ended session of this kiosk to rate (unknown, not yours, or the rating window is over)");
            return;
        }
        if (ended.rate(in.sessionId(), kioskId, in.message().level()).isEmpty()) {
            in.fail(ErrorCode.INVALID_STATE, "this session is already rated");
            return;
        }
        journal.rated(session, in.message().level(), in.message().comment());
        in.reply(new RatingRecorded(in.message().level()));
    }
}
