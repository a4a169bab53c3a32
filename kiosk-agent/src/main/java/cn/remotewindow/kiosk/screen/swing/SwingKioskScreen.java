package cn.remotewindow.kiosk.screen.swing;

import cn.remotewindow.kiosk.screen.CallStatus;
import cn.remotewindow.kiosk.screen.CitizenListener;
import cn.remotewindow.kiosk.screen.KioskScreen;
import cn.remotewindow.kiosk.screen.ScreenContent;
import cn.remotewindow.kiosk.screen.ScreenError;
import cn.remotewindow.kiosk.screen.ScreenId;
import cn.remotewindow.kiosk.screen.ScreenLanguage;
import cn.remotewindow.kiosk.screen.ScreenModel;
import cn.remotewindow.kiosk.screen.ServiceCatalogue;
import cn.remotewindow.kiosk.screen.VerifyAdvice;
import cn.remotewindow.kiosk.screen.VerifyNote;
import cn.remotewindow.kiosk.screen.VerifyPanel;
import cn.remotewindow.kiosk.screen.VerifyPrompt;
import cn.remotewindow.kiosk.screen.VideoView;
import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

/**
 * The kiosk's own screen in Swing: touch-first, large text, one screen at a time under a top bar
 * with the language switch. Calls from any thread are queued to the Swing event thread in the
 * order they were made; listener calls come on the event thread.
 *
 * <p>{@link #openFullScreen()} puts it into an undecorated window covering the kiosk's screen;
 * without opening a window, {@link #component()} can be embedded or inspected (tests).
 */
public final class SwingKioskScreen implements KioskScreen {

    private ScreenModel model;
    private KioskRoot root;
    private volatile ScreenLanguage language = ScreenLanguage.ZH_CN;
    private ScreenId shownScreen;
    private JFrame frame;

    /** @param size the screen's size in pixels; text and buttons scale from a 1280x800 design */
    public SwingKioskScreen(Dimension size) {
        Dimension copy = new Dimension(size);
        onEventThreadAndWait(() -> {
            model = new ScreenModel(this::render);
            root = new KioskRoot(copy, name -> model.press(name));
            root.inCall().caseFile().onStroke(stroke -> model.addSignatureStroke(stroke));
            render();
        });
    }

    /** A screen as large as the kiosk's display. */
    public static SwingKioskScreen forDefaultDisplay() {
        Rectangle bounds = GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice()
                .getDefaultConfiguration().getBounds();
        return new SwingKioskScreen(bounds.getSize());
    }

    /** The picture as a component: for embedding, and for tests that inspect the component tree. */
    public JComponent component() {
        return root;
    }

    /**
     * Shows the screen in an undecorated window over the whole display. Not exclusive full-screen
     * mode: that fights with on-screen keyboards and the kiosk's own watchdog windows.
     */
    public void openFullScreen() {
        Rectangle bounds = GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice()
                .getDefaultConfiguration().getBounds();
        open(bounds);
    }

    /** Shows the screen in an undecorated window at these bounds (development, tests). */
    public void open(Rectangle bounds) {
        Rectangle copy = new Rectangle(bounds);
        onEventThreadAndWait(() -> {
            if (frame == null) {
                frame = new JFrame("远程虚拟窗口");
                frame.setUndecorated(true);
                frame.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
                frame.setContentPane(root);
            }
            frame.setBounds(copy);
            frame.setVisible(true);
            frame.toFront();
        });
    }

    /** Closes the window, if open. */
    public void close() {
        onEventThreadAndWait(() -> {
            if (frame != null) {
                frame.dispose();
                frame = null;
            }
        });
    }

    /** The font family the screen draws with: a CJK font when the kiosk image has one. */
    public String fontFamily() {
        return root.fontFamily();
    }

    @Override
    public void setListener(CitizenListener listener) {
        later(() -> model.setListener(listener));
    }

    @Override
    public void showServiceChoice(ServiceCatalogue catalogue) {
        later(() -> model.showServiceChoice(catalogue));
    }

    @Override
    public void showWaiting(int position, Duration estimatedWait, int expertsOnline) {
        later(() -> model.showWaiting(position, estimatedWait, expertsOnline));
    }

    @Override
    public void showConnecting() {
        later(model::showConnecting);
    }

    @Override
    public void showTransferring(String fromExpertName) {
        later(() -> model.showTransferring(fromExpertName));
    }

    @Override
    public void showInCall(String expertName) {
        later(() -> model.showInCall(expertName));
    }

    @Override
    public void showGuest(String guestName) {
        later(() -> model.showGuest(guestName));
    }

    @Override
    public void updateCallStatus(CallStatus status) {
        later(() -> model.updateCallStatus(status));
    }

    @Override
    public void showExpertMessage(String text) {
        later(() -> model.showExpertMessage(text));
    }

    @Override
    public void clearExpertMessage() {
        later(model::clearExpertMessage);
    }

    @Override
    public void showVerifyConsent(String expertName) {
        later(() -> model.showVerification(new VerifyPanel.Consent(expertName)));
    }

    @Override
    public void showVerifyCard(boolean again) {
        later(() -> model.showVerification(new VerifyPanel.Card(again)));
    }

    @Override
    public void showVerifyPrompt(VerifyPrompt prompt, int step, int steps) {
        later(() -> model.showVerification(new VerifyPanel.Prompt(prompt, step, steps)));
    }

    @Override
    public void showVerifyChecking() {
        later(() -> model.showVerification(new VerifyPanel.Checking()));
    }

    @Override
    public void showVerifyResult(boolean passed, List<VerifyAdvice> advice) {
        List<VerifyAdvice> copy = List.copyOf(advice);
        later(() -> model.showVerification(new VerifyPanel.Result(passed, copy)));
    }

    @Override
    public void showVerifyNote(VerifyNote note) {
        later(() -> model.showVerification(new VerifyPanel.Note(note)));
    }

    @Override
    public void endVerification() {
        later(model::endVerification);
    }

    @Override
    public void showCaseFile(cn.remotewindow.kiosk.screen.CaseFilePanel panel) {
        later(() -> model.showCaseFile(panel));
    }

    @Override
    public void endCaseFile() {
        later(model::endCaseFile);
    }

    @Override
    public VideoView documentPreview() {
        return root.inCall().caseFile().preview();
    }

    @Override
    public VideoView documentStill() {
        return root.inCall().caseFile().still();
    }

    @Override
    public void showRating() {
        later(model::showRating);
    }

    @Override
    public void showError(ScreenError error) {
        later(() -> model.showError(error));
    }

    @Override
    public void showGoodbye() {
        later(model::showGoodbye);
    }

    @Override
    public void showStarting() {
        later(model::showStarting);
    }

    @Override
    public void setLanguage(ScreenLanguage newLanguage) {
        later(() -> model.setLanguage(newLanguage));
    }

    @Override
    public ScreenLanguage language() {
        return language;
    }

    @Override
    public VideoView expertVideo() {
        return root.inCall().expertVideo();
    }

    @Override
    public VideoView selfVideo() {
        return root.inCall().selfVideo();
    }

    @Override
    public VideoView guestVideo() {
        return root.inCall().guestVideo();
    }

    @Override
    public VideoView sharedScreen() {
        return root.inCall().sharedScreen();
    }

    /** What the screen shows now, in words; call on the event thread. */
    ScreenContent content() {
        return model.content();
    }

    /** Presses a button by name as a tap would; call on the event thread. */
    boolean press(String control) {
        return model.press(control);
    }

    private void render() {
        ScreenContent content = model.content();
        ScreenId screen = content.screen();
        if (shownScreen != screen && (shownScreen == ScreenId.IN_CALL || screen == ScreenId.IN_CALL)) {
            // A call's pictures never outlive it, nor greet the next call (privacy of the last citizen).
            expertVideo().clear();
            selfVideo().clear();
            sharedScreen().clear();
            guestVideo().clear();
            documentPreview().clear();
            documentStill().clear();
        }
        shownScreen = screen;
        language = content.language();
        root.render(model.state(), content);
    }

    /** Always queued, even from the event thread, so that calls keep their order. */
    private static void later(Runnable task) {
        SwingUtilities.invokeLater(task);
    }

    private static void onEventThreadAndWait(Runnable task) {
        if (SwingUtilities.isEventDispatchThread()) {
            task.run();
            return;
        }
        try {
            SwingUtilities.invokeAndWait(task);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building the kiosk screen", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("could not build the kiosk screen", e.getCause());
        }
    }
}
