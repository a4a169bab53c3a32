package cn.remotewindow.signaling.verification;

import cn.remotewindow.protocol.message.CitizenResult;

/** The answer to an accepted upload: the decision follows on the WebSocket. */
public record EvidenceAccepted(String verificationId, CitizenResult result) {
}
