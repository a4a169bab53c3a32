package cn.remotewindow.signaling.verification;

import java.time.Instant;
import java.util.Optional;

/**
 * Which node holds a live verification: the node whose memory has it, the owner of its session
 * when its challenge was issued. The kiosk's evidence reaches whichever node the load balancer
 * picks; a node that does not hold the verification sends the upload on (docs/http-api.md).
 */
public interface VerificationPlaces {

    /**
     * This node holds the verification until {@code until}. Best effort: a node that cannot record
     * it still takes in the evidence that reaches it.
     */
    void heldHere(String verificationId, Instant until);

    /** The node that holds it, or empty when none does (never held here or anywhere, or past its time). */
    Optional<String> holder(String verificationId);
}
