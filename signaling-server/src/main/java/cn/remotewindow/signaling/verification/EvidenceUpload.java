package cn.remotewindow.signaling.verification;

import cn.remotewindow.protocol.identity.IdCardFacts;
import java.util.List;

/** The kiosk's evidence as it arrives (docs/http-api.md): images in base64. */
public record EvidenceUpload(String nonce, IdCardFacts card, String cardPhoto, List<Frame> frames) {

    public record Frame(Long capturedAt, String image) {
    }
}
