package cn.remotewindow.kiosk.screen.swing;

import static cn.remotewindow.kiosk.screen.ControlNames.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.kiosk.screen.CallStatus;
import cn.remotewindow.kiosk.screen.DemoCatalogue;
import cn.remotewindow.kiosk.screen.NetworkQuality;
import cn.remotewindow.kiosk.screen.ScreenError;
import cn.remotewindow.kiosk.screen.ScreenLanguage;
import cn.remotewindow.kiosk.screen.ServiceCatalogue;
import cn.remotewindow.kiosk.screen.VerifyAdvice;
import cn.remotewindow.kiosk.screen.VerifyNote;
import cn.remotewindow.kiosk.screen.VerifyPrompt;
import cn.remotewindow.kiosk.screen.ServiceCatalogue.Department;
import cn.remotewindow.kiosk.screen.ServiceCatalogue.Item;
import cn.remotewindow.kiosk.screen.Name;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.swing.JComponent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Touch and reading rules on every screen, at the two kiosk sizes, in both languages, checked on
 * the laid-out component tree (no window needed): buttons at least 80 px high, no text below
 * 28 px, every text whole (not wrapped out of its box, no word split) and every button wholly
 * inside the screen. The screenshot test checks the same on real windows.
 */
class SwingLayoutTest {

    private static final List<Dimension> SIZES = List.of(new Dimension(1280, 800), new Dimension(1920, 1080));

    /** Each screen state worth checking, by name. */
    private static final List<Scenario> SCENARIOS = List.of(
            new Scenario("starting", s -> { }),
            new Scenario("departments", s -> s.showServiceChoice(DemoCatalogue.xinxiang())),
            new Scenario("items, green channel", s -> {
                s.showServiceChoice(DemoCatalogue.xinxiang());
                s.press(CHOICE_GREEN_CHANNEL);
                s.press(CHOICE_DEPARTMENT + "MNR");
            }),
            new Scenario("bundles, green channel", s -> {
                s.showServiceChoice(DemoCatalogue.xinxiang());
                s.press(CHOICE_GREEN_CHANNEL);
                s.press(CHOICE_BUNDLES);
            }),
            new Scenario("search, letters typed and results", s -> {
                s.showServiceChoice(DemoCatalogue.xinxiang());
                s.press(CHOICE_SEARCH);
                s.press(CHOICE_KEY + "D");
                s.press(CHOICE_KEY + "J");
            }),
            new Scenario("search, nothing found", s -> {
                s.showServiceChoice(DemoCatalogue.xinxiang());
                s.press(CHOICE_SEARCH);
                s.press(CHOICE_KEY + "Q");
                s.press(CHOICE_KEY + "Q");
            }),
            new Scenario("search, nothing typed", s -> {
                s.showServiceChoice(DemoCatalogue.xinxiang());
                s.press(CHOICE_SEARCH);
            }),
            new Scenario("connecting, cancel question", s -> {
                s.showConnecting();
                s.press(CONNECTING_CANCEL);
            }),
            new Scenario("waiting", s -> s.showWaiting(12, Duration.ofMinutes(75), 3)),
            new Scenario("waiting, cancel question", s -> {
                s.showServiceChoice(DemoCatalogue.xinxiang());
                s.press(CHOICE_GREEN_CHANNEL);
                s.press(CHOICE_DEPARTMENT + "HRSS");
                s.press(CHOICE_ITEM + "HRSS-SBZY");
                s.showWaiting(1, null, 0);
                s.press(WAITING_CANCEL);
            }),
            new Scenario("call, sharing, muted, reconnecting, hang-up question", s -> {
                s.showInCall("欧阳建国");
                s.updateCallStatus(new CallStatus(NetworkQuality.RECONNECTING, true, true, false));
                s.press(CALL_HANG_UP);
            }),
            new Scenario("call, expert's prompt", s -> {
                s.showInCall("张伟");
                s.showExpertMessage(SampleMessages.prompt(s.swing.language()));
            }),
            new Scenario("call, own screen shared, instructions, weak network", s -> {
                s.showInCall("张伟");
                s.updateCallStatus(new CallStatus(NetworkQuality.WEAK, false, false, true));
                s.showExpertMessage(SampleMessages.instructions(s.swing.language()));
            }),
            new Scenario("call, longest message", s -> {
                s.showInCall("张伟");
                s.showExpertMessage(SampleMessages.longest(s.swing.language()));
            }),
            new Scenario("call, longest message, everything on, hang-up question", s -> {
                s.showInCall("欧阳建国");
                s.updateCallStatus(new CallStatus(NetworkQuality.RECONNECTING, true, true, true));
                s.showExpertMessage(SampleMessages.longest(s.swing.language()));
                s.press(CALL_HANG_UP);
            }),
            new Scenario("call, a word longer than the line", s -> {
                s.showInCall("张伟");
                s.showExpertMessage("https://zwfw.example.gov.cn/" + "a1b2c3d4e5".repeat(12));
            }),
            new Scenario("identity check, consent, everything on", s -> {
                s.showInCall("欧阳建国");
                s.updateCallStatus(new CallStatus(NetworkQuality.RECONNECTING, true, true, true));
                s.call(w -> w.showGuest("刘洋"));
                s.call(w -> w.showVerifyConsent("欧阳建国"));
            }),
            new Scenario("identity check, consent", s -> {
                s.showInCall("张伟");
                s.call(w -> w.showVerifyConsent("张伟"));
            }),
            new Scenario("identity check, card again", s -> {
                s.showInCall("张伟");
                s.call(w -> w.showVerifyCard(true));
            }),
            new Scenario("identity check, turn left, own screen shared", s -> {
                s.showInCall("张伟");
                s.updateCallStatus(CallStatus.START.withSharingOwnScreen(true));
                s.call(w -> w.showVerifyPrompt(VerifyPrompt.TURN_LEFT, 1, 3));
            }),
            new Scenario("identity check, nod", s -> {
                s.showInCall("张伟");
                s.call(w -> w.showVerifyPrompt(VerifyPrompt.NOD, 3, 3));
            }),
            new Scenario("identity check, checking", s -> {
                s.showInCall("张伟");
                s.call(SwingKioskScreen::showVerifyChecking);
            }),
            new Scenario("identity check, passed", s -> {
                s.showInCall("张伟");
                s.call(w -> w.showVerifyResult(true, List.of()));
            }),
            new Scenario("identity check, not passed, every advice, weak network", s -> {
                s.showInCall("张伟");
                s.updateCallStatus(CallStatus.START.withNetwork(NetworkQuality.WEAK));
                s.call(w -> w.showVerifyResult(false, List.of(VerifyAdvice.values())));
            }),
            new Scenario("identity check, card expired", s -> {
                s.showInCall("张伟");
                s.call(w -> w.showVerifyNote(VerifyNote.CARD_EXPIRED));
            }),
            new Scenario("rating", SwingModelAccess::showRating),
            new Scenario("error", s -> s.showError(ScreenError.DEVICE_PROBLEM)),
            new Scenario("goodbye", SwingModelAccess::showGoodbye));

    static Stream<Arguments> screens() {
        List<Arguments> all = new ArrayList<>();
        for (Dimension size : SIZES) {
            for (ScreenLanguage language : ScreenLanguage.values()) {
                for (Scenario scenario : SCENARIOS) {
                    all.add(Arguments.of(scenario, size, language));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} at {1} in {2}")
    @MethodSource("screens")
    void everyScreenIsReadableAndTouchable(Scenario scenario, Dimension size, ScreenLanguage language) {
        SwingModelAccess screen = new SwingModelAccess(new SwingKioskScreen(size));
        screen.setLanguage(language);
        scenario.setUp.accept(screen);
        List<String> problems = ComponentTree.onEdt(() -> problems(screen.swing.component()));
        assertThat(problems).isEmpty();
    }

    @Test
    void tilesThatDoNotFitArePagedNotCutOff() {
        List<Department> many = new ArrayList<>();
        IntStream.rangeClosed(1, 14).forEach(i -> many.add(new Department("D" + i, new Name("部门" + i, null),
                List.of(new Item("D" + i + "-1", new Name("事项" + i, null))))));
        SwingModelAccess screen = new SwingModelAccess(new SwingKioskScreen(new Dimension(1280, 800)));
        screen.showServiceChoice(new ServiceCatalogue(many));
        List<String> firstPage = ComponentTree.onEdt(() -> departmentsShown(screen.swing.component()));
        // One row of three at 1280x800: the search shortcut takes the bottom row (and the search finds any item).
        assertThat(firstPage).as("a row of three at 1280x800").hasSize(3).startsWith(CHOICE_DEPARTMENT + "D1");
        assertThat(ComponentTree.onEdt(() -> problems(screen.swing.component()))).isEmpty();

        ComponentTree.onEdt(() -> {
            ComponentTree.button(screen.swing.component(), ButtonGrid.NEXT).doClick(0);
            return null;
        });
        List<String> secondPage = ComponentTree.onEdt(() -> departmentsShown(screen.swing.component()));
        assertThat(secondPage).hasSize(3).startsWith(CHOICE_DEPARTMENT + "D4");
        assertThat(ComponentTree.onEdt(() -> problems(screen.swing.component()))).isEmpty();
    }

    private static List<String> departmentsShown(JComponent root) {
        List<String> names = new ArrayList<>();
        for (Component component : ComponentTree.visible(root)) {
            if (component.getName() != null && component.getName().startsWith(CHOICE_DEPARTMENT)) {
                names.add(component.getName());
            }
        }
        return names;
    }

    /** Everything on the visible screen that breaks a rule, in words. */
    static List<String> problems(JComponent root) {
        List<String> problems = new ArrayList<>();
        Rectangle screen = new Rectangle(0, 0, root.getWidth(), root.getHeight());
        List<Component> placed = new ArrayList<>();
        for (Component component : ComponentTree.visible(root)) {
            if (component instanceof KioskLabel || component instanceof KioskButton || component instanceof VideoSlot
                    || component instanceof ExpertMessagePanel) {
                placed.add(component);
            }
            if ("call.slot.main".equals(component.getName()) && component.getHeight() < 150) {
                problems.add("the call's large picture is only " + component.getHeight() + " px high");
            }
        }
        problems.addAll(overlaps(placed, root));
        for (Component component : ComponentTree.visible(root)) {
            if (!(component instanceof HeightForWidth) || !(component instanceof KioskLabel || component instanceof KioskButton)) {
                continue;
            }
            String name = component.getName();
            if (!((HeightForWidth) component).textFits()) {
                problems.add(name + ": text does not fit its box");
            }
            Rectangle visible = ((JComponent) component).getVisibleRect();
            Rectangle onScreen = javax.swing.SwingUtilities.convertRectangle(component.getParent(), component.getBounds(), root);
            if (visible.width != component.getWidth() || visible.height != component.getHeight()
                    || !screen.contains(onScreen)) {
                problems.add(name + ": not wholly on the screen " + onScreen);
            }
            if (component instanceof KioskButton) {
                KioskButton button = (KioskButton) component;
                if (button.getHeight() < 80) {
                    problems.add(name + ": button only " + button.getHeight() + " px high");
                }
                if (button.drawnTextSize() < 28) {
                    problems.add(name + ": button text " + button.drawnTextSize() + " px");
                }
            } else if (component.getFont().getSize2D() < 28) {
                problems.add(name + ": text " + component.getFont().getSize2D() + " px");
            }
        }
        return problems;
    }

    /** Texts, buttons, pictures and the message card that cover one another (a card holds its texts). */
    private static List<String> overlaps(List<Component> placed, JComponent root) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                Component a = placed.get(i);
                Component b = placed.get(j);
                if (javax.swing.SwingUtilities.isDescendingFrom(b, a) || javax.swing.SwingUtilities.isDescendingFrom(a, b)) {
                    continue;
                }
                Rectangle boundsA = javax.swing.SwingUtilities.convertRectangle(a.getParent(), a.getBounds(), root);
                Rectangle boundsB = javax.swing.SwingUtilities.convertRectangle(b.getParent(), b.getBounds(), root);
                if (!boundsA.isEmpty() && !boundsB.isEmpty() && boundsA.intersects(boundsB)) {
                    problems.add(a.getName() + " " + boundsA + " overlaps " + b.getName() + " " + boundsB);
                }
            }
        }
        return problems;
    }

    /** A scenario by name, for readable test names. */
    record Scenario(String name, Consumer<SwingModelAccess> setUp) {
        @Override
        public String toString() {
            return name;
        }
    }
}
