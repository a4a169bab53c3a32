package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/**
 * Where a requested document stands, to the lead (every change) and to the kiosk (UPLOADED,
 * ACCEPTED, REJECTED, CANCELLED).
 *
 * @param attempt   the number of the latest upload, from 1; 0 before the first
 * @param sha256    from UPLOADED: the latest upload's hash, hex
 * @param bytes     from UPLOADED: its size
 * @param width     from UPLOADED: in pixels
 * @param height    from UPLOADED
 * @param imagePath from UPLOADED, the lead only: GET it for the full-size picture
 * @param reason    REJECTED only
 * @param detail    REJECTED: the expert's words, if any; PROBLEM: the kiosk's
 * @param problem   PROBLEM only
 */
@WireType(value = "document.state", sentBy = Role.SERVER, needsSession = true)
public record DocumentState(String documentId, String materialCode, DocumentPhase phase, int attempt, String sha256,
                            Long bytes, Integer width, Integer height, String imagePath, RejectionReason reason,
                            String detail, CaptureProblem problem) implements Message {
}
