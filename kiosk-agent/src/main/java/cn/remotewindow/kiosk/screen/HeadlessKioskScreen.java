package cn.remotewindow.kiosk.screen;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The kiosk screen without a window. It keeps the current screen in words
 * ({@link #current()}) and takes taps by name ({@link #press}), so a kiosk with another front end
 * (a browser, a vendor's own UI) can draw it and report the citizen's taps, and tests can drive
 * the controller without a display. Thread-safe; listener calls happen on the pressing thread.
 */
public final class HeadlessKioskScreen implements KioskScreen {

    /** Enough history for a test to follow a whole session. */
    private static final int HISTORY = 200;

    private final ScreenModel model = new ScreenModel(this::record);
    private final Deque<ScreenContent> history = new ArrayDeque<>();
    private final RecordingVideoView expertVideo = new RecordingVideoView();
    private final RecordingVideoView selfVideo = new RecordingVideoView();
    private final RecordingVideoView sharedScreen = new RecordingVideoView();
    private final RecordingVideoView guestVideo = new RecordingVideoView();
    private final RecordingVideoView documentPreview = new RecordingVideoView();
    private final RecordingVideoView documentStill = new RecordingVideoView();

    public HeadlessKioskScreen() {
        record();
    }

    /** What the screen shows now. */
    public synchronized ScreenContent current() {
        return model.content();
    }

    /** Every screen content shown so far (the last {@value #HISTORY}), oldest first. */
    public synchronized List<ScreenContent> history() {
        return new ArrayList<>(history);
    }

    /**
     * Taps the named button, as the citizen would.
     *
     * @return false when the current screen has no such button or it cannot be pressed now
     */
    public synchronized boolean press(String control) {
        // The listener runs under this lock: it may call back into this screen on the same thread,
        // and must hand longer work to another thread (as with every CitizenListener).
        return model.press(control);
    }

    @Override
    public synchronized void setListener(CitizenListener listener) {
        model.setListener(listener);
    }

    @Override
    public synchronized void showServiceChoice(ServiceCatalogue catalogue) {
        model.showServiceChoice(catalogue);
    }

    @Override
    public synchronized void showWaiting(int position, Duration estimatedWait, int expertsOnline) {
        model.showWaiting(position, estimatedWait, expertsOnline);
    }

    @Override
    public synchronized void showConnecting() {
        model.showConnecting();
    }

    @Override
    public synchronized void showTransferring(String fromExpertName) {
        model.showTransferring(fromExpertName);
    }

    @Override
    public synchronized void showInCall(String expertName) {
        model.showInCall(expertName);
    }

    @Override
    public synchronized void showGuest(String guestName) {
        model.showGuest(guestName);
    }

    @Override
    public synchronized void updateCallStatus(CallStatus status) {
        model.updateCallStatus(status);
    }

    @Override
    public synchronized void showExpertMessage(String text) {
        model.showExpertMessage(text);
    }

    @Override
    public synchronized void clearExpertMessage() {
        model.clearExpertMessage();
    }

    @Override
    public synchronized void showVerifyConsent(String expertName) {
        model.showVerification(new VerifyPanel.Consent(expertName));
    }

    @Override
    public synchronized void showVerifyCard(boolean again) {
        model.showVerification(new VerifyPanel.Card(again));
    }

    @Override
    public synchronized void showVerifyPrompt(VerifyPrompt prompt, int step, int steps) {
        model.showVerification(new VerifyPanel.Prompt(prompt, step, steps));
    }

    @Override
    public synchronized void showVerifyChecking() {
        model.showVerification(new VerifyPanel.Checking());
    }

    @Override
    public synchronized void showVerifyResult(boolean passed, List<VerifyAdvice> advice) {
        model.showVerification(new VerifyPanel.Result(passed, advice));
    }

    @Override
    public synchronized void showVerifyNote(VerifyNote note) {
        model.showVerification(new VerifyPanel.Note(note));
    }

    @Override
    public synchronized void endVerification() {
        model.endVerification();
    }

    @Override
    public synchronized void showCaseFile(CaseFilePanel panel) {
        model.showCaseFile(panel);
    }

    @Override
    public synchronized void endCaseFile() {
        model.endCaseFile();
    }

    /**
     * Draws one stroke on the signature pad, as the citizen's finger would (points scaled to 0..1
     * of the pad); ignored when no pad is open.
     */
    public synchronized void drawSignature(List<java.awt.geom.Point2D.Float> stroke) {
        model.addSignatureStroke(List.copyOf(stroke));
    }

    @Override
    public RecordingVideoView documentPreview() {
        return documentPreview;
    }

    @Override
    public RecordingVideoView documentStill() {
        return documentStill;
    }

    @Override
    public synchronized void showRating() {
        model.showRating();
    }

    @Override
    public synchronized void showError(ScreenError error) {
        model.showError(error);
    }

    @Override
    public synchronized void showGoodbye() {
        model.showGoodbye();
    }

    @Override
    public synchronized void showStarting() {
        model.showStarting();
    }

    @Override
    public synchronized void setLanguage(ScreenLanguage language) {
        model.setLanguage(language);
    }

    @Override
    public synchronized ScreenLanguage language() {
        return model.language();
    }

    @Override
    public RecordingVideoView expertVideo() {
        return expertVideo;
    }

    @Override
    public RecordingVideoView selfVideo() {
        return selfVideo;
    }

    @Override
    public RecordingVideoView guestVideo() {
        return guestVideo;
    }

    @Override
    public RecordingVideoView sharedScreen() {
        return sharedScreen;
    }

    private void clearVideo() {
        expertVideo.clear();
        selfVideo.clear();
        sharedScreen.clear();
        guestVideo.clear();
        documentPreview.clear();
        documentStill.clear();
    }

    private synchronized void record() {
        ScreenContent content = model.content();
        ScreenId previous = history.isEmpty() ? null : history.peekLast().screen();
        if (previous != content.screen() && (previous == ScreenId.IN_CALL || content.screen() == ScreenId.IN_CALL)) {
            // A call's pictures never outlive it, nor greet the next call (privacy of the last citizen).
            clearVideo();
        }
        if (history.size() == HISTORY) {
            history.removeFirst();
        }
        history.addLast(content);
    }
}
