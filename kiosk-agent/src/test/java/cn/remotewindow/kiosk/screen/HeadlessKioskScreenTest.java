package cn.remotewindow.kiosk.screen;

import static cn.remotewindow.kiosk.screen.ControlNames.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HeadlessKioskScreenTest extends KioskScreenContract {

    @Override
    protected ScreenDriver newDriver() {
        HeadlessKioskScreen headless = new HeadlessKioskScreen();
        return new ScreenDriver() {
            @Override
            public KioskScreen screen() {
                return headless;
            }

            @Override
            public Map<String, String> visibleTexts() {
                return headless.current().texts();
            }

            @Override
            public Set<String> pressable() {
                return headless.current().buttons();
            }

            @Override
            public boolean press(String control) {
                return headless.press(control);
            }

            @Override
            public void settle() {
            }

            @Override
            public boolean showsPicture(VideoView view) {
                return ((RecordingVideoView) view).latest() != null;
            }
        };
    }

    @Test
    void historyFollowsTheWholeSession() {
        HeadlessKioskScreen headless = (HeadlessKioskScreen) screen;
        headless.showServiceChoice(DemoCatalogue.xinxiang());
        headless.press(CHOICE_DEPARTMENT + "PSB");
        headless.press(CHOICE_ITEM + "PSB-HJQY");
        headless.showConnecting();
        headless.showWaiting(2, Duration.ofMinutes(3), 1);
        headless.showConnecting();
        headless.showInCall("李娜");
        headless.showRating();
        headless.showGoodbye();

        assertThat(headless.history()).extracting(ScreenContent::screen).containsSubsequence(
                ScreenId.STARTING, ScreenId.SERVICE_CHOICE, ScreenId.CONNECTING, ScreenId.WAITING,
                ScreenId.CONNECTING, ScreenId.IN_CALL, ScreenId.RATING, ScreenId.GOODBYE);
    }

    @Test
    void aListenerMayCallBackIntoTheScreen() {
        HeadlessKioskScreen headless = (HeadlessKioskScreen) screen;
        headless.setListener(new ConnectingController(headless));
        headless.showServiceChoice(DemoCatalogue.xinxiang());
        headless.press(CHOICE_DEPARTMENT + "PSB");
        assertThat(headless.press(CHOICE_ITEM + "PSB-HJQY")).isTrue();
        assertThat(headless.current().screen()).isEqualTo(ScreenId.CONNECTING);
        assertThat(headless.current().canPress(CONNECTING_CANCEL)).isTrue();
    }

    @Test
    void videoViewsKeepOnlyTheNewestFrame() {
        RecordingVideoView view = ((HeadlessKioskScreen) screen).expertVideo();
        view.show(new BufferedImage(640, 360, BufferedImage.TYPE_INT_RGB));
        view.show(new BufferedImage(1280, 720, BufferedImage.TYPE_INT_RGB));
        assertThat(view.frameCount()).isEqualTo(2);
        assertThat(view.latestSize()).isEqualTo(new Dimension(1280, 720));
        view.clear();
        assertThat(view.latest()).isNull();
    }

    @Test
    void unknownOrHiddenButtonsCannotBePressed() {
        HeadlessKioskScreen headless = (HeadlessKioskScreen) screen;
        headless.showServiceChoice(DemoCatalogue.xinxiang());
        assertThat(headless.press("no.such.button")).isFalse();
        assertThat(headless.press(CHOICE_ITEM + "PSB-HJQY")).as("items are on the second step").isFalse();
        assertThat(headless.press(CALL_HANG_UP)).isFalse();
    }

    /** A controller that shows "connecting" from inside the listener call, as the real one will. */
    private static final class ConnectingController extends IgnoringListener {
        private final KioskScreen screen;

        ConnectingController(KioskScreen screen) {
            this.screen = screen;
        }

        @Override
        public void serviceChosen(ServiceChoice choice) {
            screen.showConnecting();
        }
    }

    private abstract static class IgnoringListener implements CitizenListener {
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
    }
}
