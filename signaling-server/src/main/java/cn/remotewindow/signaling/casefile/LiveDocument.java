package cn.remotewindow.signaling.casefile;

import cn.remotewindow.protocol.message.CaptureProblem;
import cn.remotewindow.protocol.message.DocumentPhase;
import cn.remotewindow.protocol.message.RejectionReason;

/**
 * A requested document while its session is open: plain immutable data, replaced only on the
 * session's owner thread. {@code storing} is set from an accepted upload until it is stored.
 *
 * @param latest the latest upload, or null before the first
 */
public record LiveDocument(String id, String sessionId, String kioskId, String expertId, String materialCode,
                           DocumentPhase phase, int attempt, Picture latest, boolean storing,
                           RejectionReason reason, String detail, CaptureProblem problem) {

    public static LiveDocument requested(String id, String sessionId, String kioskId, String expertId,
                                         String materialCode) {
        return new LiveDocument(id, sessionId, kioskId, expertId, materialCode, DocumentPhase.REQUESTED, 0, null,
                false, null, null, null);
    }

    public LiveDocument startStoring() {
        return new LiveDocument(id, sessionId, kioskId, expertId, materialCode, phase, attempt, latest, true,
                reason, detail, problem);
    }

    public LiveDocument stored() {
        return new LiveDocument(id, sessionId, kioskId, expertId, materialCode, phase, attempt, latest, false,
                reason, detail, problem);
    }

    public LiveDocument uploaded(Picture picture) {
        return new LiveDocument(id, sessionId, kioskId, expertId, materialCode, DocumentPhase.UPLOADED, attempt + 1,
                picture, false, null, null, null);
    }

    public LiveDocument rejected(RejectionReason why, String text) {
        return new LiveDocument(id, sessionId, kioskId, expertId, materialCode, DocumentPhase.REJECTED, attempt,
                latest, false, why, text, null);
    }

    public LiveDocument in(DocumentPhase next) {
        return new LiveDocument(id, sessionId, kioskId, expertId, materialCode, next, attempt, latest, false,
                reason, detail, problem);
    }

    public LiveDocument failed(CaptureProblem why, String text) {
        return new LiveDocument(id, sessionId, kioskId, expertId, materialCode, DocumentPhase.PROBLEM, attempt,
                latest, false, null, text, why);
    }

    /** The picture the expert reviews and reads: the latest upload's path. */
    public String imagePath() {
        return latest == null ? null : CasePaths.image(sessionId, id);
    }
}
