package cn.remotewindow.kiosk.agent;

import cn.remotewindow.kiosk.screen.CitizenListener;
import cn.remotewindow.kiosk.screen.Rating;
import cn.remotewindow.kiosk.screen.ScreenError;
import cn.remotewindow.kiosk.screen.ServiceChoice;

/** The citizen's taps, moved off the Swing event thread onto the agent's thread. */
final class CitizenEvents implements CitizenListener {

    private final KioskAgent agent;

    CitizenEvents(KioskAgent agent) {
        this.agent = agent;
    }

    @Override
    public void serviceChosen(ServiceChoice choice) {
        agent.onAgent(() -> agent.flow().serviceChosen(choice));
    }

    @Override
    public void cancelRequested() {
        agent.onAgent(() -> agent.flow().cancel());
    }

    @Override
    public void muteChanged(boolean muted) {
        agent.onAgent(() -> agent.flow().muteChanged(muted));
    }

    @Override
    public void hangUpRequested() {
        agent.onAgent(() -> agent.flow().hangUp());
    }

    @Override
    public void rated(Rating rating) {
        agent.onAgent(() -> agent.flow().rated(rating));
    }

    @Override
    public void ratingSkipped() {
        agent.onAgent(() -> agent.flow().ratingSkipped());
    }

    @Override
    public void retryRequested(ScreenError error) {
        agent.onAgent(() -> agent.flow().retry(error));
    }

    @Override
    public void startOverRequested() {
        agent.onAgent(() -> agent.flow().toStart());
    }

    @Override
    public void verificationConsent(boolean given) {
        agent.onAgent(() -> agent.flow().verificationConsent(given));
    }

    @Override
    public void verificationCancelled() {
        agent.onAgent(() -> agent.flow().verificationCancelled());
    }

    @Override
    public void documentPhotoRequested() {
        agent.onAgent(() -> agent.flow().caseFile().photoRequested());
    }

    @Override
    public void documentSendRequested() {
        agent.onAgent(() -> agent.flow().caseFile().sendRequested());
    }

    @Override
    public void documentCancelled() {
        agent.onAgent(() -> agent.flow().caseFile().cancelled());
    }

    @Override
    public void signatureConfirmed(cn.remotewindow.kiosk.screen.Signature signature) {
        agent.onAgent(() -> agent.flow().caseFile().signatureConfirmed(signature));
    }
}
