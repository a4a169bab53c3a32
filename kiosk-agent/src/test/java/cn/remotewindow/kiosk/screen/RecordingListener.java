package cn.remotewindow.kiosk.screen;

import java.util.ArrayList;
import java.util.List;

/** Writes down what the citizen did, one line per call, for assertions. */
public final class RecordingListener implements CitizenListener {

    private final List<String> calls = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();

    public synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    /** The threads the calls came on, in order. */
    public synchronized List<Thread> threads() {
        return List.copyOf(threads);
    }

    private synchronized void record(String call) {
        calls.add(call);
        threads.add(Thread.currentThread());
    }

    @Override
    public void serviceChosen(ServiceChoice choice) {
        record("serviceChosen " + choice.departmentCode() + " " + choice.itemCode() + " green=" + choice.greenChannel());
    }

    @Override
    public void cancelRequested() {
        record("cancelRequested");
    }

    @Override
    public void muteChanged(boolean muted) {
        record("muteChanged " + muted);
    }

    @Override
    public void hangUpRequested() {
        record("hangUpRequested");
    }

    @Override
    public void rated(Rating rating) {
        record("rated " + rating);
    }

    @Override
    public void ratingSkipped() {
        record("ratingSkipped");
    }

    @Override
    public void retryRequested(ScreenError error) {
        record("retryRequested " + error);
    }

    @Override
    public void startOverRequested() {
        record("startOverRequested");
    }

    @Override
    public void verificationConsent(boolean given) {
        record("verificationConsent " + given);
    }

    @Override
    public void verificationCancelled() {
        record("verificationCancelled");
    }

    @Override
    public void languageChanged(ScreenLanguage language) {
        record("languageChanged " + language);
    }
}
