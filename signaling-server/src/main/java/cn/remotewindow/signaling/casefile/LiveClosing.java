package cn.remotewindow.signaling.casefile;

import cn.remotewindow.protocol.message.ClosingPhase;
import cn.remotewindow.protocol.message.ClosingSummary;

/**
 * The summary the kiosk shows for signing, while its session is open; replaced only on the
 * session's owner thread. {@code signing} is set from an accepted signature until it is stored.
 *
 * @param draft what the receipt will say, all but its issue time (set when the citizen signs)
 */
public record LiveClosing(String id, String sessionId, String kioskId, String expertId, ClosingPhase phase,
                          ClosingSummary summary, ReceiptDraft draft, boolean signing, String signatureSha256) {

    public static LiveClosing shown(String id, String sessionId, String kioskId, String expertId,
                                    ClosingSummary summary, ReceiptDraft draft) {
        return new LiveClosing(id, sessionId, kioskId, expertId, ClosingPhase.SHOWN, summary, draft, false, null);
    }

    public LiveClosing startSigning() {
        return new LiveClosing(id, sessionId, kioskId, expertId, phase, summary, draft, true, null);
    }

    public LiveClosing notSigned() {
        return new LiveClosing(id, sessionId, kioskId, expertId, phase, summary, draft, false, null);
    }

    public LiveClosing signed(String sha256) {
        return new LiveClosing(id, sessionId, kioskId, expertId, ClosingPhase.SIGNED, summary, draft, false, sha256);
    }

    public LiveClosing cancelled() {
        return new LiveClosing(id, sessionId, kioskId, expertId, ClosingPhase.CANCELLED, summary, draft, false,
                signatureSha256);
    }
}
