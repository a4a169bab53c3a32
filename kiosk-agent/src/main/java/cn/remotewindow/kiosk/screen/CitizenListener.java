package cn.remotewindow.kiosk.screen;

/**
 * What the citizen does on the screen, for the controller. The Swing screen
 * calls these on the Swing event thread, the headless screen on the thread that pressed: either
 * way, do not block; hand work to your own thread.
 *
 * <p>After a one-shot action ({@link #serviceChosen}, {@link #cancelRequested},
 * {@link #hangUpRequested}, {@link #rated}, {@link #ratingSkipped}, {@link #retryRequested},
 * {@link #startOverRequested}, {@link #verificationConsent}, {@link #verificationCancelled}) the
 * screen ignores further taps on that screen until the controller shows the next one, so a citizen who taps twice does not send twice.
 */
public interface CitizenListener {

    /** The citizen chose a service; show {@link KioskScreen#showConnecting()} while asking for it. */
    void serviceChosen(ServiceChoice choice);

    /** The citizen confirmed that they no longer want to wait (waiting or connecting screen). */
    void cancelRequested();

    /** The citizen switched the microphone off ({@code true}) or on again. */
    void muteChanged(boolean muted);

    /** The citizen confirmed that they want to end the call. */
    void hangUpRequested();

    /** The citizen rated the service. */
    void rated(Rating rating);

    /** The citizen chose not to rate. */
    void ratingSkipped();

    /** The citizen wants to try again after this error. */
    void retryRequested(ScreenError error);

    /** The citizen wants the start screen (from an error or the goodbye screen). */
    void startOverRequested();

    /**
     * The citizen answered the consent question of an identity verification
     * ({@link KioskScreen#showVerifyConsent}): {@code true} to face recognition, {@code false} for
     * the manual check by the expert instead.
     */
    void verificationConsent(boolean given);

    /** The citizen stopped an identity verification while the ID card was asked for. */
    void verificationCancelled();

    /** The citizen switched the language; the screen has already switched itself. */
    default void languageChanged(ScreenLanguage language) {
    }

    // ---- the case file (defaults: a front end without it ignores the taps) --------------------

    /** 拍照: take the still now and show it with {@code showCaseFile(document.at(CAPTURED))}. */
    default void documentPhotoRequested() {
    }

    /** 确认上传, or 重试 after a failed upload: send the still taken last. */
    default void documentSendRequested() {
    }

    /** 取消: the citizen does not send this document. */
    default void documentCancelled() {
    }

    /** 确认签字 with what is on the pad (never empty), or 重试 with the same signature. */
    default void signatureConfirmed(Signature signature) {
    }
}
