package cn.remotewindow.signaling.record.verification;

import java.util.List;
import java.util.Optional;

/**
 * Where verifications are recorded against their case. Appends never change earlier events. The
 * in-memory implementation serves until the records store (a database) replaces it.
 */
public interface VerificationRecords {

    /**
     * Appends one event. A failure is thrown, never swallowed: a step that was not recorded must
     * not be reported as done.
     *
     * @throws IllegalArgumentException for an event of an unknown verification (other than Opened),
     *                                  or a second Opened of the same id
     */
    void append(VerificationEvent event);

    Optional<VerificationRecord> find(String verificationId);

    /** The verifications of one session, oldest first. */
    List<VerificationRecord> ofSession(String sessionId);
}
