package cn.remotewindow.kiosk.screen.swing;

import static cn.remotewindow.kiosk.screen.ControlNames.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.kiosk.screen.CallStatus;
import cn.remotewindow.kiosk.screen.DemoCatalogue;
import cn.remotewindow.kiosk.screen.KioskScreen;
import cn.remotewindow.kiosk.screen.KioskScreenContract;
import cn.remotewindow.kiosk.screen.NetworkQuality;
import cn.remotewindow.kiosk.screen.ScreenDriver;
import cn.remotewindow.kiosk.screen.ScreenLanguage;
import cn.remotewindow.kiosk.screen.VerifyAdvice;
import cn.remotewindow.kiosk.screen.VerifyPrompt;
import cn.remotewindow.kiosk.screen.VideoView;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

/**
 * The contract against the Swing screen's component tree (no window: runs headless), and what is
 * Swing's own: the texts on the components are exactly the screen's content, calls from other
 * threads keep their order, listener calls come on the event thread, video moves with sharing.
 */
class SwingKioskScreenTest extends KioskScreenContract {

    private SwingKioskScreen swing;

    @Override
    protected ScreenDriver newDriver() {
        swing = new SwingKioskScreen(new Dimension(1280, 800));
        return new ScreenDriver() {
            @Override
            public KioskScreen screen() {
                return swing;
            }

            @Override
            public Map<String, String> visibleTexts() {
                return ComponentTree.onEdt(() -> ComponentTree.texts(swing.component()));
            }

            @Override
            public Set<String> pressable() {
                return ComponentTree.onEdt(() -> ComponentTree.visible(swing.component()).stream()
                        .filter(c -> c instanceof KioskButton && c.isEnabled() && !c.getName().startsWith("grid."))
                        .map(Component::getName)
                        .collect(Collectors.toCollection(TreeSet::new)));
            }

            @Override
            public boolean press(String control) {
                return ComponentTree.onEdt(() -> {
                    KioskButton button = ComponentTree.button(swing.component(), control);
                    if (button == null || !button.isEnabled()) {
                        return false;
                    }
                    button.doClick(0);
                    return true;
                });
            }

            @Override
            public void settle() {
                ComponentTree.onEdt(() -> null);
                ComponentTree.onEdt(() -> null);
            }

            @Override
            public boolean showsPicture(VideoView view) {
                return ComponentTree.onEdt(() -> ((VideoPanel) view).hasFrame());
            }
        };
    }

    @Test
    void theComponentsShowExactlyTheScreensContent() {
        swing.showServiceChoice(DemoCatalogue.xinxiang());
        assertSameAsContent();
        driver.press(CHOICE_DEPARTMENT + "PSB");
        assertSameAsContent();
        swing.showWaiting(4, Duration.ofMinutes(7), 2);
        assertSameAsContent();
        driver.press(WAITING_CANCEL);
        assertSameAsContent();
        swing.showInCall("张伟");
        swing.updateCallStatus(new CallStatus(NetworkQuality.WEAK, true, true, true));
        swing.showExpertMessage("请把身份证放在读卡器上");
        assertSameAsContent();
        driver.press(CALL_HANG_UP);
        assertSameAsContent();
        swing.setLanguage(ScreenLanguage.EN);
        swing.showRating();
        assertSameAsContent();
    }

    @Test
    void callsFromAnotherThreadKeepTheirOrder() throws Exception {
        Thread controller = new Thread(() -> {
            for (int position = 50; position >= 1; position--) {
                swing.showWaiting(position, Duration.ofMinutes(position), 3);
            }
        });
        controller.start();
        controller.join();
        driver.settle();
        assertThat(driver.visibleTexts().get(WAITING_POSITION)).isEqualTo("下一位就是您");
    }

    @Test
    void theListenerIsCalledOnTheEventThread() {
        swing.showRating();
        driver.settle();
        driver.press(RATING_SKIP);
        assertThat(listener.threads()).singleElement().satisfies(t -> assertThat(SwingUtilities.isEventDispatchThread()
                || t.getName().startsWith("AWT-EventQueue")).isTrue());
    }

    @Test
    void sharingMovesTheExpertsFaceToTheSideAndBack() {
        swing.showInCall("张伟");
        driver.settle();
        InCallScreenProbe probe = new InCallScreenProbe();
        assertThat(probe.mainVideo()).isSameAs(swing.expertVideo());
        swing.updateCallStatus(new CallStatus(NetworkQuality.GOOD, false, true, false));
        driver.settle();
        assertThat(probe.mainVideo()).isSameAs(swing.sharedScreen());
        assertThat(probe.sideVideo()).isSameAs(swing.expertVideo());
        swing.updateCallStatus(CallStatus.START);
        driver.settle();
        assertThat(probe.mainVideo()).isSameAs(swing.expertVideo());
    }

    @Test
    void theIdentityCheckTakesTheLargePlaceAndTheExpertMovesAside() {
        swing.showInCall("张伟");
        swing.updateCallStatus(CallStatus.START.withSharingOwnScreen(true));
        swing.showExpertMessage("请把身份证放在读卡器上");
        swing.showVerifyConsent("张伟");
        driver.settle();
        InCallScreenProbe probe = new InCallScreenProbe();
        assertThat(probe.mainVideo()).as("no large picture").isNull();
        assertThat(probe.sideVideo()).isSameAs(swing.expertVideo());
        assertSameAsContent();
        for (VerifyPrompt prompt : VerifyPrompt.values()) {
            swing.showVerifyPrompt(prompt, 1, 3);
            assertSameAsContent();
        }
        swing.showVerifyResult(false, java.util.List.of(VerifyAdvice.values()));
        assertSameAsContent();
        assertThat(ComponentTree.onEdt(() -> SwingLayoutTest.problems(swing.component()))).isEmpty();
        swing.endVerification();
        driver.settle();
        assertThat(probe.mainVideo()).isSameAs(swing.expertVideo());
        assertSameAsContent();
    }

    @Test
    void textsFromOutsideAreNeverReadAsHtml() {
        swing.showInCall("<html><img src='http://example.invalid/a.png'>");
        swing.showExpertMessage("<html><b>点这里</b><img src='http://example.invalid/b.png'></html>");
        driver.settle();
        for (String name : new String[] {CALL_EXPERT, CALL_EXPERT_MESSAGE}) {
            KioskLabel label = ComponentTree.onEdt(() -> (KioskLabel) ComponentTree.visible(swing.component()).stream()
                    .filter(c -> name.equals(c.getName())).findFirst().orElseThrow());
            assertThat(label.getText()).startsWith(name.equals(CALL_EXPERT) ? "专家 <html>" : "<html>");
            // The look and feel keeps a parsed HTML view under this key when it renders HTML.
            assertThat(label.getClientProperty("html")).as(name + ": no HTML view").isNull();
        }
    }

    @Test
    void theMessageGoesUnderThePictureAndAShortOneIsLarge() {
        swing.showInCall("张伟");
        swing.updateCallStatus(CallStatus.START.withSharingOwnScreen(true));
        swing.showExpertMessage("请把身份证放在读卡器上");
        driver.settle();
        Rectangle slot = bounds("call.slot.main");
        Rectangle card = bounds("call.expertMessage.card");
        assertThat(card.y).as("under the picture").isGreaterThanOrEqualTo(slot.y + slot.height);
        assertThat(slot.height).as("the picture keeps most of its place").isGreaterThan(300);
        assertThat(ComponentTree.onEdt(() -> ComponentTree.visible(swing.component()).stream()
                .filter(c -> CALL_EXPERT_MESSAGE.equals(c.getName())).findFirst().orElseThrow().getFont().getSize()))
                .as("larger than body text (32 px)").isGreaterThan(32);
        assertSameAsContent();
    }

    @Test
    void aMessageTooLongForTheRoomLeftIsCutNotThePicture() {
        swing.showInCall("张伟");
        swing.updateCallStatus(new CallStatus(NetworkQuality.RECONNECTING, true, true, true));
        swing.showExpertMessage(SampleMessages.longest(ScreenLanguage.ZH_CN));
        driver.settle();
        String content = ComponentTree.onEdt(() -> swing.content().text(CALL_EXPERT_MESSAGE));
        String shown = driver.visibleTexts().get(CALL_EXPERT_MESSAGE);
        assertThat(shown).endsWith("…").hasSizeLessThan(content.length());
        assertThat(content).startsWith(shown.substring(0, shown.length() - 1));
        assertThat(bounds("call.slot.main").height).as("the picture keeps its minimum").isGreaterThanOrEqualTo(150);
        assertThat(ComponentTree.onEdt(() -> SwingLayoutTest.problems(swing.component()))).isEmpty();

        swing.updateCallStatus(CallStatus.START);
        swing.showExpertMessage("请把身份证放在读卡器上");
        driver.settle();
        assertThat(driver.visibleTexts().get(CALL_EXPERT_MESSAGE)).isEqualTo("请把身份证放在读卡器上");
    }

    @Test
    void framesFromAnyThreadAreAcceptedAndOnlyTheNewestKept() throws Exception {
        swing.showInCall("张伟");
        driver.settle();
        VideoPanel expert = (VideoPanel) swing.expertVideo();
        BufferedImage last = new BufferedImage(320, 180, BufferedImage.TYPE_INT_RGB);
        Thread media = new Thread(() -> {
            for (int i = 0; i < 100; i++) {
                expert.show(new BufferedImage(320, 180, BufferedImage.TYPE_INT_RGB));
            }
            expert.show(last);
        });
        media.start();
        media.join();
        assertThat(expert.framesReceived()).isEqualTo(101);
        assertThat(expert.hasFrame()).isTrue();
    }

    @Test
    void videoFitsKeepingItsShape() {
        assertThat(VideoPanel.fit(1280, 720, 800, 600)).isEqualTo(new java.awt.Rectangle(0, 75, 800, 450));
        assertThat(VideoPanel.fit(640, 480, 800, 450)).isEqualTo(new java.awt.Rectangle(100, 0, 600, 450));
        assertThat(VideoPanel.fit(0, 0, 800, 450).isEmpty()).isTrue();
    }

    private Rectangle bounds(String name) {
        return ComponentTree.onEdt(() -> ComponentTree.visible(swing.component()).stream()
                .filter(c -> name.equals(c.getName()))
                .map(c -> SwingUtilities.convertRectangle(c.getParent(), c.getBounds(), swing.component()))
                .findFirst().orElseThrow());
    }

    private void assertSameAsContent() {
        driver.settle();
        Map<String, String> content = ComponentTree.onEdt(() -> new LinkedHashMap<>(swing.content().texts()));
        assertThat(driver.visibleTexts()).containsExactlyInAnyOrderEntriesOf(content);
    }

    /** Which video each place of the call screen holds now. */
    private final class InCallScreenProbe {
        Component mainVideo() {
            return slot("call.slot.main");
        }

        Component sideVideo() {
            return slot("call.slot.side");
        }

        private Component slot(String name) {
            return ComponentTree.onEdt(() -> ComponentTree.visible(swing.component()).stream()
                    .filter(c -> name.equals(c.getName()))
                    .map(c -> ((VideoSlot) c).video())
                    .findFirst().orElse(null));
        }
    }
}
