package cn.remotewindow.kiosk.identity;

import cn.remotewindow.protocol.identity.IdCardFacts;
import java.util.List;
import java.util.Objects;

/**
 * The kiosk's evidence for one liveness challenge (docs/http-api.md, {@code POST
 * /api/verifications/{id}/evidence}): the challenge's nonce, what the card's chip held, and the
 * burst of frames in capture order. Sensitive through and through: {@link #toString()} shows the
 * masked card and counts only, and nothing of it is ever logged.
 */
public record EvidenceUpload(String nonce, CardRead card, List<EvidenceFrame> frames) {

    public EvidenceUpload {
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(card, "card");
        frames = List.copyOf(frames);
    }

    public IdCardFacts facts() {
        return card.facts();
    }

    @Override
    public String toString() {
        return "EvidenceUpload[" + card + ", " + frames.size() + " frames]";
    }
}
