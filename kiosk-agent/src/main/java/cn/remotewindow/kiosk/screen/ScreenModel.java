package cn.remotewindow.kiosk.screen;

import static cn.remotewindow.kiosk.screen.ControlNames.*;

import cn.remotewindow.kiosk.screen.ScreenStates.AskingRating;
import cn.remotewindow.kiosk.screen.ScreenStates.Connecting;
import cn.remotewindow.kiosk.screen.ScreenStates.Goodbye;
import cn.remotewindow.kiosk.screen.ScreenStates.InCall;
import cn.remotewindow.kiosk.screen.ScreenStates.ShowingError;
import cn.remotewindow.kiosk.screen.ScreenStates.Starting;
import cn.remotewindow.kiosk.screen.ScreenStates.Waiting;
import cn.remotewindow.kiosk.screen.ServiceCatalogue.Department;
import java.time.Duration;
import java.util.Objects;

/**
 * The screen's state and what a tap does to it, shared by both implementations so that they
 * behave alike: the controller's {@code show...} calls replace or update the state, a
 * {@link #press} changes it and tells the {@link CitizenListener}. Not thread-safe: the Swing
 * screen confines it to the event thread, the headless screen locks around it.
 *
 * <p>Updates of the screen already shown ({@code showWaiting} while waiting, call status while in
 * the call) keep what the citizen was doing (a cancel question stays open); any other screen
 * starts fresh.
 */
public final class ScreenModel {

    private static final CitizenListener NOBODY = new CitizenListener() {
        @Override public void serviceChosen(ServiceChoice choice) { }
        @Override public void cancelRequested() { }
        @Override public void muteChanged(boolean muted) { }
        @Override public void hangUpRequested() { }
        @Override public void rated(Rating rating) { }
        @Override public void ratingSkipped() { }
        @Override public void retryRequested(ScreenError error) { }
        @Override public void startOverRequested() { }
        @Override public void verificationConsent(boolean given) { }
        @Override public void verificationCancelled() { }
    };

    private final Runnable onChange;
    private CitizenListener listener = NOBODY;
    private ScreenState state = new Starting();
    private ScreenLanguage language = ScreenLanguage.ZH_CN;
    /** Set by a one-shot action: the screen waits for the controller to show what comes next. */
    private boolean awaitingController;
    private ServiceCatalogue catalogue;
    private ServiceChoice lastChoice;

    /** @param onChange called after every change of what the screen shows */
    public ScreenModel(Runnable onChange) {
        this.onChange = Objects.requireNonNull(onChange, "onChange");
    }

    public void setListener(CitizenListener newListener) {
        listener = newListener == null ? NOBODY : newListener;
    }

    public ScreenState state() {
        return state;
    }

    public ScreenLanguage language() {
        return language;
    }

    /** What the screen shows now, in words. */
    public ScreenContent content() {
        Messages messages = Messages.of(language);
        ScreenContent.Builder builder = new ScreenContent.Builder(messages)
                .text(TITLE, messages.text("top.title"))
                .text(SUBTITLE, messages.text("top.subtitle"))
                .button(LANGUAGE, messages.text("language.toggle"));
        state.describe(builder);
        return builder.build(state.id(), awaitingController);
    }

    public void showServiceChoice(ServiceCatalogue newCatalogue) {
        catalogue = Objects.requireNonNull(newCatalogue, "catalogue");
        lastChoice = null;
        replace(ChoosingService.start(newCatalogue));
    }

    public void showWaiting(int position, Duration estimatedWait, int expertsOnline) {
        if (state instanceof Waiting) {
            update(((Waiting) state).withFigures(position, estimatedWait, expertsOnline));
        } else {
            replace(new Waiting(chosenServiceName(), lastChoice != null && lastChoice.greenChannel(),
                    position, estimatedWait, expertsOnline, false));
        }
    }

    public void showConnecting() {
        if (!(state instanceof Connecting)) {
            replace(new Connecting(false, null));
        }
    }

    public void showTransferring(String fromExpertName) {
        replace(new Connecting(false, fromExpertName));
    }

    public void showInCall(String expertName) {
        if (state instanceof InCall) {
            update(((InCall) state).withExpertName(expertName));
        } else {
            // A new call starts clean: no status and no message left over from an earlier one.
            replace(new InCall(expertName, CallStatus.START, null, false));
        }
    }

    /** The second expert in the call, or null when they left; ignored outside the call. */
    public void showGuest(String guestName) {
        if (state instanceof InCall) {
            update(((InCall) state).withGuestName(guestName == null || guestName.isBlank() ? null : guestName));
        }
    }

    public void updateCallStatus(CallStatus status) {
        Objects.requireNonNull(status, "status");
        if (state instanceof InCall) {
            update(((InCall) state).withStatus(status));
        }
    }

    /**
     * Shows the expert's message during the call, replacing the one before; ignored outside the
     * call, and when nothing is left of it after {@link UntrustedText#clean cleaning}.
     */
    public void showExpertMessage(String text) {
        if (state instanceof InCall) {
            String message = UntrustedText.clean(text, KioskScreen.EXPERT_MESSAGE_MAX_LENGTH);
            if (!message.isEmpty()) {
                update(((InCall) state).withExpertMessage(message));
            }
        }
    }

    public void clearExpertMessage() {
        if (state instanceof InCall && ((InCall) state).expertMessage() != null) {
            update(((InCall) state).withExpertMessage(null));
        }
    }

    /**
     * Shows a step of an identity verification over the call (replacing the step before); ignored
     * outside the call. Like a new screen, it takes taps again after a one-shot action.
     */
    public void showVerification(VerifyPanel panel) {
        Objects.requireNonNull(panel, "panel");
        if (state instanceof InCall) {
            replace(((InCall) state).withVerify(panel));
        }
    }

    /** Back to the plain call; ignored when no verification is shown. */
    public void endVerification() {
        if (state instanceof InCall && ((InCall) state).verify() != null) {
            replace(((InCall) state).withVerify(null));
        }
    }

    /**
     * Shows a document picture or the closing summary over the call (replacing the one before);
     * ignored outside the call. Like a new screen, it takes taps again after a one-shot action.
     * A summary shown again while the citizen is signing keeps what is on the pad.
     */
    public void showCaseFile(CaseFilePanel panel) {
        Objects.requireNonNull(panel, "panel");
        if (state instanceof InCall call) {
            if (panel instanceof CaseFilePanel.Closing closing && call.caseFile() instanceof CaseFilePanel.Closing shown
                    && closing.summary().equals(shown.summary())) {
                panel = closing.signed(shown.signature());
            }
            replace(call.withCaseFile(panel));
        }
    }

    /** Back to the plain call; ignored when no case-file panel is shown. */
    public void endCaseFile() {
        if (state instanceof InCall call && call.caseFile() != null) {
            replace(call.withCaseFile(null));
        }
    }

    /** A stroke the citizen drew on the signature pad (points scaled to 0..1); ignored when no pad is open. */
    public void addSignatureStroke(java.util.List<java.awt.geom.Point2D.Float> stroke) {
        if (state instanceof InCall call && call.caseFile() instanceof CaseFilePanel.Closing closing
                && closing.step() == CaseFilePanel.ClosingStep.SIGNING && !awaitingController && !stroke.isEmpty()) {
            update(call.withCaseFile(closing.signed(closing.signature().with(stroke))));
        }
    }

    public void showRating() {
        replace(new AskingRating(null));
    }

    public void showError(ScreenError error) {
        replace(new ShowingError(error));
    }

    public void showGoodbye() {
        replace(new Goodbye());
    }

    public void showStarting() {
        replace(new ScreenStates.Starting());
    }

    public void setLanguage(ScreenLanguage newLanguage) {
        Objects.requireNonNull(newLanguage, "language");
        if (newLanguage != language) {
            language = newLanguage;
            onChange.run();
        }
    }

    /**
     * Does what a tap on the named button does.
     *
     * @return false when the current screen has no such button or it cannot be pressed now
     */
    public boolean press(String control) {
        if (!content().canPress(control)) {
            return false;
        }
        if (LANGUAGE.equals(control)) {
            setLanguage(language.other());
            listener.languageChanged(language);
            return true;
        }
        switch (state.id()) {
            case SERVICE_CHOICE:
                pressOnServiceChoice((ChoosingService) state, control);
                break;
            case WAITING:
                pressOnWaiting((Waiting) state, control);
                break;
            case CONNECTING:
                pressOnConnecting(control);
                break;
            case IN_CALL:
                pressInCall((InCall) state, control);
                break;
            case RATING:
                pressOnRating(control);
                break;
            case ERROR:
                pressOnError((ShowingError) state, control);
                break;
            case GOODBYE:
                finish(state, () -> listener.startOverRequested());
                break;
            default:
                return false;
        }
        return true;
    }

    private void pressOnServiceChoice(ChoosingService choosing, String control) {
        if (CHOICE_GREEN_CHANNEL.equals(control)) {
            update(choosing.withGreenChannel(!choosing.greenChannel()));
        } else if (CHOICE_BACK.equals(control)) {
            update(choosing.withStep(ChoosingService.Step.DEPARTMENTS));
        } else if (CHOICE_BUNDLES.equals(control)) {
            update(choosing.withStep(ChoosingService.Step.BUNDLES));
        } else if (CHOICE_SEARCH.equals(control)) {
            update(choosing.withStep(ChoosingService.Step.SEARCH));
        } else if (CHOICE_KEY_DELETE.equals(control)) {
            String typed = choosing.typed();
            update(choosing.withTyped(typed.isEmpty() ? typed : typed.substring(0, typed.length() - 1)));
        } else if (CHOICE_KEY_CLEAR.equals(control)) {
            update(choosing.withTyped(""));
        } else if (control.startsWith(CHOICE_KEY)) {
            update(choosing.withTyped(choosing.typed() + control.substring(CHOICE_KEY.length())));
        } else if (control.startsWith(CHOICE_BUNDLE)) {
            String bundleCode = control.substring(CHOICE_BUNDLE.length());
            choose(ServiceChoice.of(choosing.catalogue().bundle(bundleCode).orElseThrow(), choosing.greenChannel()));
        } else if (control.startsWith(CHOICE_DEPARTMENT)) {
            update(choosing.withDepartment(department(control.substring(CHOICE_DEPARTMENT.length()))));
        } else if (control.startsWith(CHOICE_CONSULT)) {
            choose(ServiceChoice.of(choosing.department(), null, choosing.greenChannel()));
        } else if (control.startsWith(CHOICE_ITEM)) {
            String itemCode = control.substring(CHOICE_ITEM.length());
            // On the search step the item may be of any department.
            Department department = choosing.department() != null ? choosing.department()
                    : choosing.catalogue().departmentOfItem(itemCode).orElseThrow();
            choose(ServiceChoice.of(department, department.item(itemCode).orElseThrow(), choosing.greenChannel()));
        }
    }

    private void choose(ServiceChoice choice) {
        lastChoice = choice;
        finish(state, () -> listener.serviceChosen(choice));
    }

    private void pressOnWaiting(Waiting waiting, String control) {
        if (WAITING_CANCEL.equals(control)) {
            update(waiting.confirming(true));
        } else if (WAITING_CANCEL_KEEP.equals(control)) {
            update(waiting.confirming(false));
        } else if (WAITING_CANCEL_CONFIRM.equals(control)) {
            finish(state, () -> listener.cancelRequested());
        }
    }

    private void pressOnConnecting(String control) {
        if (CONNECTING_CANCEL.equals(control)) {
            update(new Connecting(true, ((Connecting) state).transferredBy()));
        } else if (CONNECTING_CANCEL_KEEP.equals(control)) {
            update(new Connecting(false, ((Connecting) state).transferredBy()));
        } else if (CONNECTING_CANCEL_CONFIRM.equals(control)) {
            finish(state, () -> listener.cancelRequested());
        }
    }

    private void pressInCall(InCall call, String control) {
        if (CALL_MUTE.equals(control)) {
            // Shown at once; the controller's next updateCallStatus confirms or corrects it.
            boolean muted = !call.status().muted();
            update(call.withStatus(call.status().withMuted(muted)));
            listener.muteChanged(muted);
        } else if (CALL_HANG_UP.equals(control)) {
            update(call.confirming(true));
        } else if (CALL_HANG_UP_KEEP.equals(control)) {
            update(call.confirming(false));
        } else if (CALL_HANG_UP_CONFIRM.equals(control)) {
            finish(state, () -> listener.hangUpRequested());
        } else if (VERIFY_AGREE.equals(control) || VERIFY_REFUSE.equals(control)) {
            boolean given = VERIFY_AGREE.equals(control);
            finish(state, () -> listener.verificationConsent(given));
        } else if (VERIFY_CANCEL.equals(control)) {
            finish(state, () -> listener.verificationCancelled());
        } else if (call.caseFile() instanceof CaseFilePanel.Document document) {
            pressOnDocument(call, document, control);
        } else if (call.caseFile() instanceof CaseFilePanel.Closing closing) {
            pressOnClosing(call, closing, control);
        }
    }

    private void pressOnDocument(InCall call, CaseFilePanel.Document document, String control) {
        if (DOC_TAKE.equals(control)) {
            finish(state, () -> listener.documentPhotoRequested());
        } else if (DOC_RETAKE.equals(control)) {
            // Local to the screen: back to the live picture; the controller hears of the next 拍照.
            update(call.withCaseFile(document.at(DocumentStep.PREVIEW)));
        } else if (DOC_SEND.equals(control) || DOC_RETRY.equals(control)) {
            finish(call.withCaseFile(document.at(DocumentStep.UPLOADING)), () -> listener.documentSendRequested());
        } else if (DOC_CANCEL.equals(control)) {
            finish(state, () -> listener.documentCancelled());
        }
    }

    private void pressOnClosing(InCall call, CaseFilePanel.Closing closing, String control) {
        if (SIGN_START.equals(control)) {
            update(call.withCaseFile(closing.at(CaseFilePanel.ClosingStep.SIGNING)));
        } else if (SIGN_BACK.equals(control)) {
            update(call.withCaseFile(closing.at(CaseFilePanel.ClosingStep.READING)));
        } else if (SIGN_CLEAR.equals(control)) {
            update(call.withCaseFile(closing.signed(Signature.EMPTY)));
        } else if ((SIGN_CONFIRM.equals(control) || SIGN_RETRY.equals(control)) && !closing.signature().isEmpty()) {
            Signature signature = closing.signature();
            finish(call.withCaseFile(closing.at(CaseFilePanel.ClosingStep.SUBMITTING)),
                    () -> listener.signatureConfirmed(signature));
        }
    }

    private void pressOnRating(String control) {
        if (RATING_SKIP.equals(control)) {
            finish(state, () -> listener.ratingSkipped());
        } else {
            Rating rating = Rating.valueOf(control.substring(RATING.length()));
            finish(new AskingRating(rating), () -> listener.rated(rating));
        }
    }

    private void pressOnError(ShowingError showing, String control) {
        if (ERROR_RETRY.equals(control)) {
            finish(state, () -> listener.retryRequested(showing.error()));
        } else if (ERROR_START_OVER.equals(control)) {
            finish(state, () -> listener.startOverRequested());
        }
    }

    /** A one-shot action: show the new state, stop taking taps, then tell the listener. */
    private void finish(ScreenState next, Runnable tellListener) {
        state = next;
        awaitingController = true;
        onChange.run();
        tellListener.run();
    }

    private void replace(ScreenState next) {
        state = next;
        awaitingController = false;
        onChange.run();
    }

    private void update(ScreenState next) {
        state = next;
        onChange.run();
    }

    private Department department(String code) {
        return catalogue.department(code).orElseThrow();
    }

    private Name chosenServiceName() {
        if (lastChoice == null || catalogue == null) {
            return null;
        }
        return catalogue.nameOf(lastChoice.skill()).orElse(null);
    }
}
