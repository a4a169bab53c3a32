package cn.remotewindow.kiosk.screen.swing;

import cn.remotewindow.kiosk.screen.CallStatus;
import cn.remotewindow.kiosk.screen.ScreenError;
import cn.remotewindow.kiosk.screen.ScreenLanguage;
import cn.remotewindow.kiosk.screen.ServiceCatalogue;
import java.time.Duration;

/** Drives a Swing screen synchronously from a test: every call is on the screen when it returns. */
final class SwingModelAccess {

    final SwingKioskScreen swing;

    SwingModelAccess(SwingKioskScreen swing) {
        this.swing = swing;
    }

    void showServiceChoice(ServiceCatalogue catalogue) {
        swing.showServiceChoice(catalogue);
        settle();
    }

    void showWaiting(int position, Duration wait, int experts) {
        swing.showWaiting(position, wait, experts);
        settle();
    }

    void showConnecting() {
        swing.showConnecting();
        settle();
    }

    void showInCall(String expert) {
        swing.showInCall(expert);
        settle();
    }

    void updateCallStatus(CallStatus status) {
        swing.updateCallStatus(status);
        settle();
    }

    void showExpertMessage(String text) {
        swing.showExpertMessage(text);
        settle();
    }

    void clearExpertMessage() {
        swing.clearExpertMessage();
        settle();
    }

    void showRating() {
        swing.showRating();
        settle();
    }

    void showError(ScreenError error) {
        swing.showError(error);
        settle();
    }

    void showGoodbye() {
        swing.showGoodbye();
        settle();
    }

    void setLanguage(ScreenLanguage language) {
        swing.setLanguage(language);
        settle();
    }

    /** Any other call on the screen (the identity check's steps), on the screen when this returns. */
    void call(java.util.function.Consumer<SwingKioskScreen> call) {
        call.accept(swing);
        settle();
    }

    void press(String control) {
        if (!ComponentTree.onEdt(() -> swing.press(control))) {
            throw new IllegalStateException("cannot press " + control);
        }
    }

    private static void settle() {
        ComponentTree.onEdt(() -> null);
    }
}
