package cn.remotewindow.kiosk.screen.swing;

import cn.remotewindow.kiosk.screen.CallStatus;
import cn.remotewindow.kiosk.screen.CitizenListener;
import cn.remotewindow.kiosk.screen.ControlNames;
import cn.remotewindow.kiosk.screen.DemoCatalogue;
import cn.remotewindow.kiosk.screen.NetworkQuality;
import cn.remotewindow.kiosk.screen.Rating;
import cn.remotewindow.kiosk.screen.ScreenContent;
import cn.remotewindow.kiosk.screen.ScreenError;
import cn.remotewindow.kiosk.screen.ScreenLanguage;
import cn.remotewindow.kiosk.screen.ServiceChoice;
import cn.remotewindow.kiosk.screen.VerifyAdvice;
import cn.remotewindow.kiosk.screen.VerifyNote;
import cn.remotewindow.kiosk.screen.VerifyPrompt;
import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.image.BufferedImage;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;

/**
 * Walks the real Swing screen through every screen in a real window and saves a screenshot of
 * each, with a facts file listing what the component tree showed at that moment (texts, whether
 * they fit, sizes, missing glyphs). Runs in its own JVM under Xvfb, started by
 * {@link ScreenshotTest}, because AWT takes its display from the environment at start-up.
 *
 * <p>Arguments: output directory, then one or more {@code WIDTHxHEIGHT:LANG,LANG[:SHOT,SHOT]}.
 */
public final class ScreenshotTour {

    /** Every screen and the states worth seeing, in the order a citizen meets them. */
    static final List<String> SHOTS = List.of(
            "01-starting", "02-choice-departments", "03-choice-items-green", "04-connecting", "05-waiting",
            "06-waiting-no-expert", "07-waiting-cancel-question", "08-call", "09-call-weak-muted",
            "10-call-sharing-reconnecting", "11-call-expert-message", "12-call-own-screen",
            "13-call-message-own-screen-weak", "14-call-longest-message-everything-on", "15-call-hang-up-question",
            "16-rating", "17-rating-chosen", "18-goodbye", "19-error-server", "20-error-call-dropped",
            "21-choice-paged", "22-transferring", "23-call-guest",
            "24-verify-consent", "25-verify-card", "26-verify-turn-left", "27-verify-nod", "28-verify-checking",
            "29-verify-passed", "30-verify-not-passed", "31-verify-card-expired",
            "32-document-preview", "33-document-captured", "34-document-rejected", "35-closing-summary",
            "36-closing-signed-pad", "37-choice-bundles", "38-choice-search");

    private final Path out;
    private final Dimension size;
    private final ScreenLanguage language;
    private SwingKioskScreen screen;
    /** Frames sent and painted by the last flood, reported with the next screenshot. */
    private long[] flood;

    private ScreenshotTour(Path out, Dimension size, ScreenLanguage language) {
        this.out = out;
        this.size = size;
        this.language = language;
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        for (int i = 1; i < args.length; i++) {
            String[] parts = args[i].split(":");
            String[] dimensions = parts[0].split("x");
            Dimension size = new Dimension(Integer.parseInt(dimensions[0]), Integer.parseInt(dimensions[1]));
            List<String> shots = parts.length > 2 ? List.of(parts[2].split(",")) : SHOTS;
            for (String lang : parts[1].split(",")) {
                new ScreenshotTour(out, size, ScreenLanguage.valueOf(lang)).run(shots);
            }
        }
        System.exit(0);
    }

    private void run(List<String> shots) throws Exception {
        screen = new SwingKioskScreen(size);
        screen.setListener(new QuietListener());
        screen.setLanguage(language);
        screen.open(new Rectangle(0, 0, size.width, size.height));
        try {
            for (String shot : SHOTS) {
                boolean wanted = shots.contains(shot);
                stage(shot);
                if (wanted) {
                    capture(shot);
                }
            }
        } finally {
            screen.close();
        }
    }

    /** Brings the screen into the state of this shot, through the public API and taps. */
    private void stage(String shot) throws Exception {
        switch (shot) {
            case "01-starting":
                break;
            case "02-choice-departments":
                screen.showServiceChoice(DemoCatalogue.xinxiang());
                break;
            case "03-choice-items-green":
                press(ControlNames.CHOICE_GREEN_CHANNEL);
                press(ControlNames.CHOICE_DEPARTMENT + "MNR");
                break;
            case "04-connecting":
                press(ControlNames.CHOICE_ITEM + "MNR-BDCDJ");
                screen.showConnecting();
                break;
            case "05-waiting":
                screen.showWaiting(3, Duration.ofSeconds(165), 2);
                break;
            case "06-waiting-no-expert":
                screen.showWaiting(1, null, 0);
                break;
            case "07-waiting-cancel-question":
                screen.showWaiting(2, Duration.ofMinutes(4), 1);
                press(ControlNames.WAITING_CANCEL);
                break;
            case "08-call":
                press(ControlNames.WAITING_CANCEL_KEEP);
                screen.showConnecting();
                screen.showInCall("张伟");
                settle();
                screen.selfVideo().show(SyntheticVideo.person(640, 480, new Color(0xC9B79C), new Color(0x6B4F3A)));
                floodExpertVideo();
                break;
            case "09-call-weak-muted":
                screen.updateCallStatus(new CallStatus(NetworkQuality.WEAK, true, false, false));
                break;
            case "10-call-sharing-reconnecting":
                screen.sharedScreen().show(SyntheticVideo.form(1920, 1080, screen.fontFamily()));
                screen.updateCallStatus(new CallStatus(NetworkQuality.RECONNECTING, false, true, false));
                break;
            case "11-call-expert-message":
                screen.updateCallStatus(CallStatus.START);
                screen.showExpertMessage(SampleMessages.prompt(language));
                break;
            case "12-call-own-screen":
                screen.clearExpertMessage();
                screen.updateCallStatus(CallStatus.START.withSharingOwnScreen(true));
                break;
            case "13-call-message-own-screen-weak":
                screen.updateCallStatus(CallStatus.START.withSharingOwnScreen(true).withNetwork(NetworkQuality.WEAK));
                screen.showExpertMessage(SampleMessages.instructions(language));
                break;
            case "14-call-longest-message-everything-on":
                screen.updateCallStatus(new CallStatus(NetworkQuality.RECONNECTING, true, true, true));
                screen.showExpertMessage(SampleMessages.longest(language));
                break;
            case "15-call-hang-up-question":
                screen.clearExpertMessage();
                screen.updateCallStatus(CallStatus.START);
                press(ControlNames.CALL_HANG_UP);
                break;
            case "16-rating":
                screen.showRating();
                break;
            case "17-rating-chosen":
                press(ControlNames.RATING + Rating.SATISFIED.name());
                break;
            case "18-goodbye":
                screen.showGoodbye();
                break;
            case "19-error-server":
                screen.showError(ScreenError.SERVER_UNREACHABLE);
                break;
            case "20-error-call-dropped":
                screen.showError(ScreenError.CALL_DROPPED);
                break;
            case "21-choice-paged":
                screen.showServiceChoice(SyntheticCatalogue.manyDepartments());
                break;
            case "22-transferring":
                screen.showTransferring("张伟");
                break;
            case "23-call-guest":
                // Three parties (三方): the lead large, the invited expert named above the self-view.
                screen.showInCall("张伟");
                settle();
                screen.selfVideo().show(SyntheticVideo.person(640, 480, new Color(0xC9B79C), new Color(0x6B4F3A)));
                screen.expertVideo().show(SyntheticVideo.person(1280, 720, new Color(0x8FA7C4), new Color(0x1F3A68)));
                screen.showGuest("刘洋");
                screen.guestVideo().show(SyntheticVideo.person(640, 480, new Color(0xB7C9A5), new Color(0x6A2C2C)));
                break;
            case "24-verify-consent":
                // Remote identity verification over the call: the expert moves to the side column.
                screen.showGuest(null);
                screen.showVerifyConsent("张伟");
                break;
            case "25-verify-card":
                press(ControlNames.VERIFY_AGREE);
                screen.showVerifyCard(false);
                break;
            case "26-verify-turn-left":
                screen.showVerifyPrompt(VerifyPrompt.TURN_LEFT, 1, 3);
                break;
            case "27-verify-nod":
                screen.showVerifyPrompt(VerifyPrompt.NOD, 3, 3);
                break;
            case "28-verify-checking":
                screen.showVerifyChecking();
                break;
            case "29-verify-passed":
                screen.showVerifyResult(true, List.of());
                break;
            case "30-verify-not-passed":
                screen.showVerifyResult(false, List.of(VerifyAdvice.FACE_TOO_SMALL, VerifyAdvice.TOO_DARK));
                break;
            case "31-verify-card-expired":
                screen.showVerifyNote(VerifyNote.CARD_EXPIRED);
                break;
            case "32-document-preview":
                // The case file over the call: the expert stays in the side column, as for the check.
                screen.endVerification();
                screen.showCaseFile(CaseFileShots.document());
                screen.documentPreview().show(CaseFileShots.page(1280, 720));
                break;
            case "33-document-captured":
                screen.documentStill().show(CaseFileShots.page(1280, 720));
                screen.showCaseFile(CaseFileShots.document().at(cn.remotewindow.kiosk.screen.DocumentStep.CAPTURED));
                break;
            case "34-document-rejected":
                screen.showCaseFile(CaseFileShots.document().rejected(cn.remotewindow.kiosk.screen.RetakeReason.GLARE,
                        null));
                break;
            case "35-closing-summary":
                screen.endCaseFile();
                screen.showCaseFile(cn.remotewindow.kiosk.screen.CaseFilePanel.Closing.shown(CaseFileShots.summary()));
                break;
            case "36-closing-signed-pad":
                press(ControlNames.SIGN_START);
                settle();
                SwingUtilities.invokeAndWait(() -> CaseFileShots.sign(screen.component()));
                break;
            case "37-choice-bundles":
                screen.endCaseFile();
                screen.showServiceChoice(DemoCatalogue.xinxiang());
                settle();
                press(ControlNames.CHOICE_BUNDLES);
                break;
            case "38-choice-search":
                press(ControlNames.CHOICE_BACK);
                press(ControlNames.CHOICE_SEARCH);
                press(ControlNames.CHOICE_KEY + "B");
                press(ControlNames.CHOICE_KEY + "D");
                press(ControlNames.CHOICE_KEY + "C");
                break;
            default:
                throw new IllegalArgumentException("unknown shot " + shot);
        }
        settle();
    }

    /**
     * Sends 200 expert frames as fast as a thread can: the view must drop what the event thread
     * cannot paint instead of queueing it. The counts go into the facts of the call screenshot.
     */
    private void floodExpertVideo() throws Exception {
        VideoPanel expert = (VideoPanel) screen.expertVideo();
        BufferedImage picture = SyntheticVideo.person(1280, 720, new Color(0x8FA7C4), new Color(0x1F3A68));
        long receivedBefore = expert.framesReceived();
        long paintedBefore = expert.framesPainted();
        Thread media = new Thread(() -> {
            for (int i = 0; i < 200; i++) {
                BufferedImage frame = new BufferedImage(1280, 720, BufferedImage.TYPE_INT_RGB);
                frame.getGraphics().drawImage(picture, 0, 0, null);
                expert.show(frame);
            }
        }, "synthetic-media");
        media.start();
        media.join();
        settle();
        flood = new long[] {expert.framesReceived() - receivedBefore, expert.framesPainted() - paintedBefore};
    }

    private void press(String control) throws Exception {
        settle();
        AtomicReference<Boolean> pressed = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> pressed.set(screen.press(control)));
        if (!pressed.get()) {
            throw new IllegalStateException("cannot press " + control);
        }
    }

    /** Lets queued calls run, the window paint and the X server catch up. */
    private void settle() throws Exception {
        for (int i = 0; i < 3; i++) {
            SwingUtilities.invokeAndWait(() -> { });
            Toolkit.getDefaultToolkit().sync();
            Thread.sleep(120);
        }
    }

    private void capture(String shot) throws Exception {
        String base = shot + "-" + size.width + "x" + size.height + "-" + language.name().toLowerCase();
        Properties facts = new Properties();
        SwingUtilities.invokeAndWait(() -> describe(facts));
        BufferedImage image = new Robot().createScreenCapture(new Rectangle(0, 0, size.width, size.height));
        ImageIO.write(image, "png", out.resolve(base + ".png").toFile());
        try (Writer writer = Files.newBufferedWriter(out.resolve(base + ".facts"), StandardCharsets.UTF_8)) {
            facts.store(writer, "what the component tree showed when " + base + ".png was taken");
        }
    }

    /** On the event thread: the content in words, and what each showing component drew. */
    private void describe(Properties facts) {
        ScreenContent content = screen.content();
        facts.setProperty("screen", content.screen().name());
        facts.setProperty("language", content.language().name());
        facts.setProperty("size", size.width + "x" + size.height);
        facts.setProperty("font", screen.fontFamily());
        for (Map.Entry<String, String> text : content.texts().entrySet()) {
            facts.setProperty("content." + text.getKey(), text.getValue());
        }
        if (flood != null) {
            facts.setProperty("frames.received", Long.toString(flood[0]));
            facts.setProperty("frames.painted", Long.toString(flood[1]));
            flood = null;
        }
        List<String> missing = new ArrayList<>();
        walk(screen.component(), facts, missing);
        facts.setProperty("missingGlyphs", String.join("", missing));
    }

    private static void walk(Component component, Properties facts, List<String> missing) {
        if (component instanceof ButtonGrid && component.isShowing()) {
            for (Component tile : ((ButtonGrid) component).getComponents()) {
                if (!tile.isVisible() && !tile.getName().startsWith("grid.")) {
                    facts.setProperty("paged." + tile.getName(), "true");
                }
            }
        }
        if (!component.isShowing()) {
            return;
        }
        String name = component.getName();
        if (component instanceof KioskLabel || component instanceof KioskButton) {
            String text = component instanceof KioskLabel ? ((KioskLabel) component).getText()
                    : ((KioskButton) component).getText();
            facts.setProperty("shown." + name, text);
            facts.setProperty("fits." + name, Boolean.toString(((HeightForWidth) component).textFits()));
            float textSize = component instanceof KioskButton ? ((KioskButton) component).drawnTextSize()
                    : component.getFont().getSize2D();
            facts.setProperty("textSize." + name, Float.toString(textSize));
            if (component instanceof KioskButton) {
                facts.setProperty("height." + name, Integer.toString(component.getHeight()));
            }
            // Wholly inside the window and not cut by a parent: a button half under the edge of
            // the screen "fits" its own box but is still lost to the citizen.
            Rectangle visible = ((JComponent) component).getVisibleRect();
            facts.setProperty("whole." + name, Boolean.toString(
                    visible.width == component.getWidth() && visible.height == component.getHeight()));
            int bad = component.getFont().canDisplayUpTo(text);
            if (bad >= 0) {
                missing.add(text.substring(bad, text.offsetByCodePoints(bad, 1)));
            }
        }
        if (component instanceof VideoSlot) {
            facts.setProperty("slot." + name, component.getWidth() + "x" + component.getHeight());
        }
        if (component instanceof ExpertMessagePanel && !((ExpertMessagePanel) component).showsWholeText()) {
            // Cut for want of room (the longest messages with every notice on): the test checks
            // that what is shown is the start of the message and ends in an ellipsis.
            facts.setProperty("cut." + ControlNames.CALL_EXPERT_MESSAGE, "true");
        }
        if (component instanceof VideoPanel) {
            VideoPanel video = (VideoPanel) component;
            facts.setProperty("video." + name, video.hasFrame() ? "frame" : "caption");
            facts.setProperty("shown." + name, video.caption());
            facts.setProperty("bounds." + name, video.getWidth() + "x" + video.getHeight());
        }
        if (component instanceof BusyIndicator) {
            facts.setProperty("animating." + name, Boolean.toString(((BusyIndicator) component).isAnimating()));
        }
        if (component instanceof Container) {
            for (Component child : ((Container) component).getComponents()) {
                walk(child, facts, missing);
            }
        }
    }

    /** The tour needs no reactions: it drives the screen itself. */
    private static final class QuietListener implements CitizenListener {
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
