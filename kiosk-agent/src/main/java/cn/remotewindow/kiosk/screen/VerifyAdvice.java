package cn.remotewindow.kiosk.screen;

import java.util.Optional;

/**
 * What the citizen can do better after an identity check that did not pass: the quality codes of
 * {@code verify.result} advice (docs/protocol.md 5.48), each shown as one plain sentence.
 */
public enum VerifyAdvice {
    NO_FACE,
    MULTIPLE_FACES,
    FACE_TOO_SMALL,
    BLURRED,
    TOO_DARK,
    TOO_BRIGHT,
    NOT_FRONTAL;

    /** The advice of a code from the server; empty for a code this kiosk does not know (not shown). */
    public static Optional<VerifyAdvice> ofCode(String code) {
        for (VerifyAdvice advice : values()) {
            if (advice.name().equals(code)) {
                return Optional.of(advice);
            }
        }
        return Optional.empty();
    }
}
