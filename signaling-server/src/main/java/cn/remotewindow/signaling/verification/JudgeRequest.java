package cn.remotewindow.signaling.verification;

import java.time.Instant;
import java.util.List;

/** What the machine judges: the challenge, the card's chip photo and the burst, and when the burst arrived. */
public record JudgeRequest(IssuedChallenge challenge, byte[] cardPhoto, List<EvidenceFrame> frames, Instant receivedAt) {
    public JudgeRequest {
        frames = List.copyOf(frames);
    }
}
