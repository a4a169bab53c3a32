package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/**
 * Where the citizen's confirmation stands: to the lead on every change, and to the kiosk when signed.
 *
 * @param signatureSha256 SIGNED only: the hash of the signature image, hex
 * @param receiptPath     SIGNED only: GET it for the receipt PDF (受理回执 / 一次性告知书)
 */
@WireType(value = "closing.state", sentBy = Role.SERVER, needsSession = true)
public record ClosingState(String closingId, ClosingPhase phase, String signatureSha256, String receiptPath)
        implements Message {
}
