package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.ErrorCode;
import cn.remotewindow.protocol.Fields;
import cn.remotewindow.protocol.ProtocolException;

/** Limits on session descriptions. 32 KiB holds an offer with audio, camera, screen and data channel. */
final class Sdp {

    static final int MAX_LENGTH = 32 * 1024;

    private Sdp() {
    }

    static void check(String sdp) {
        Fields.nonBlank(sdp, "sdp", MAX_LENGTH);
        if (!sdp.startsWith("v=0")) {
            throw new ProtocolException(ErrorCode.INVALID_FIELD, "'sdp' must be a session description starting with v=0");
        }
    }
}
