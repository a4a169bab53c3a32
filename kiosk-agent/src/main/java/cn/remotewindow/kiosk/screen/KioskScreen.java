package cn.remotewindow.kiosk.screen;

import java.time.Duration;

/**
 * The kiosk's screen, as the controller drives it from signaling and media events. Every method
 * may be called from any thread and returns at once; the screen shows the change shortly after.
 * The screen decides nothing about the flow: it shows what it is told and reports what the
 * citizen does to the {@link CitizenListener}.
 *
 * <p>Implementations: {@code swing.SwingKioskScreen} (the kiosk's own full-screen window) and
 * {@link HeadlessKioskScreen} (no window: for kiosks with another front end, and for tests).
 */
public interface KioskScreen {

    /**
     * The longest expert message shown, in characters (Unicode code points); a longer one is cut
     * to this length, its last character an ellipsis.
     */
    int EXPERT_MESSAGE_MAX_LENGTH = 200;

    /** Who hears about the citizen's taps. Set it before showing anything. */
    void setListener(CitizenListener listener);

    /** The start screen: choose a department, then an item; the 绿色通道 switch. */
    void showServiceChoice(ServiceCatalogue catalogue);

    /**
     * The waiting screen, or an update of it in place ({@code queue.update}).
     *
     * @param position 1 = served next
     * @param estimatedWait null when unknown (the server sends no estimate when no expert with
     *     the skill is signed on)
     * @param expertsOnline experts signed on with the skill
     */
    void showWaiting(int position, Duration estimatedWait, int expertsOnline);

    /**
     * "Connecting you to an expert": from the citizen's choice until the call has media, i.e.
     * while the request is REQUESTED or RINGING, and from {@code session.established} until
     * {@code session.state ACTIVE}.
     */
    void showConnecting();

    /**
     * "Transferring you": the expert handed the citizen over to another expert (转办); shown like
     * {@link #showConnecting()} until the next expert's call starts or the queue is shown.
     *
     * @param fromExpertName the display name of the expert who transferred, as the citizen knew them
     */
    void showTransferring(String fromExpertName);

    /**
     * The call: the expert's video large, the self-view small. Starts with {@link CallStatus#START};
     * calling it again during the call only changes the name.
     *
     * @param expertName the expert's display name from {@code session.established}
     */
    void showInCall(String expertName);

    /**
     * Network banner, microphone state and screen sharing (the expert's, and the kiosk's own,
     * which the citizen is told about) during the call; ignored otherwise.
     */
    void updateCallStatus(CallStatus status);

    /**
     * Shows the expert's latest prompt or chat line large during the call, labelled as coming
     * from the expert, until the next one replaces it or {@link #clearExpertMessage()}. Ignored
     * outside the call; a new call ({@link #showInCall} after another screen) starts without one.
     *
     * <p>The text is untrusted: it is shown as plain text, never interpreted (no HTML). Line
     * breaks and other white space become single spaces, control and format characters are
     * removed, and text longer than {@link #EXPERT_MESSAGE_MAX_LENGTH} is cut with an ellipsis.
     * A text that is empty after this (or null) is ignored, keeping the message shown.
     */
    void showExpertMessage(String text);

    /** Removes the expert's message from the call screen; ignored when there is none. */
    void clearExpertMessage();

    // ---- remote identity verification (远程身份核验), over the call --------------------------------
    //
    // Each shows one step in the large place of the call screen, replacing the step before; the
    // call goes on (the expert's picture in the side column, the self-view, mute and hang-up stay).
    // Ignored outside the call; a new call starts without one. The citizen never sees a score.

    /**
     * The separate consent to face recognition: what is collected, why, how it is kept, and that the
     * expert can check the ID card by hand instead. The answer goes to
     * {@link CitizenListener#verificationConsent}.
     *
     * @param expertName who asks ({@code verify.request}); blank for "the expert"
     */
    void showVerifyConsent(String expertName);

    /**
     * "Place your ID card on the reader", or after a failed read "the card could not be read, place
     * it again"; the citizen can stop ({@link CitizenListener#verificationCancelled}).
     */
    void showVerifyCard(boolean again);

    /**
     * One prompt of the liveness challenge, large, with a picture of the motion (for a turn, an
     * arrow to the citizen's own side).
     *
     * @param step the motion's number (1-based) of {@code steps}; 0 for "face the screen" between them
     */
    void showVerifyPrompt(VerifyPrompt prompt, int step, int steps);

    /** "Checking, please wait": the evidence is with the server and the expert. */
    void showVerifyChecking();

    /**
     * Passed (a green tick) or not passed, with a plain sentence for each piece of advice (shown
     * once each, in a fixed order) and that the staff will say what next.
     */
    void showVerifyResult(boolean passed, java.util.List<VerifyAdvice> advice);

    /** The check ends here for the kiosk (refused, stopped, expired card, failed): what happens now. */
    void showVerifyNote(VerifyNote note);

    /** Back to the plain call screen (the expert large again). */
    void endVerification();

    // ---- the case file over the call (protocol 5.49): document pictures, summary, signature ------

    /**
     * A document picture or the closing summary in the call's large place, replacing what it showed
     * before (the identity check, when one is shown, stays in front). Ignored outside the call.
     */
    void showCaseFile(CaseFilePanel panel);

    /** Back to the plain call; ignored when no case-file panel is shown. */
    void endCaseFile();

    /** The document camera's live picture while {@link DocumentStep#PREVIEW} is shown. */
    VideoView documentPreview();

    /** The still the citizen took, shown large from {@link DocumentStep#CAPTURED} on. */
    VideoView documentStill();

    /** After the call: the 好差评 rating. */
    void showRating();

    /** A problem, in plain words, with what to do next and a "try again" button. */
    void showError(ScreenError error);

    /** Thanks and goodbye (after the rating): reminds the citizen to take their ID card. */
    void showGoodbye();

    /** "Getting ready" again: the kiosk has no catalogue to offer yet (it waits for the server's). */
    void showStarting();

    /** Switches the language, e.g. back to Chinese for the next citizen. */
    void setLanguage(ScreenLanguage language);

    ScreenLanguage language();

    /** The expert's camera. */
    VideoView expertVideo();

    /** The kiosk's own camera; drawn mirrored, as people expect to see themselves. */
    VideoView selfVideo();

    /**
     * A second expert the lead invited into the call (三方, protocol 5.38): named beside their
     * picture, smaller than the lead's. Null when they left; ignored outside the call.
     */
    void showGuest(String guestName);

    /** The second expert's camera, while one is in the call. */
    VideoView guestVideo();

    /** The expert's shared screen; shown large while {@link CallStatus#expertSharingScreen()}. */
    VideoView sharedScreen();
}
