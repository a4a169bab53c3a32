package cn.remotewindow.kiosk.screen.swing;

import static cn.remotewindow.kiosk.screen.ControlNames.*;

import cn.remotewindow.kiosk.screen.CallStatus;
import cn.remotewindow.kiosk.screen.NetworkQuality;
import cn.remotewindow.kiosk.screen.ScreenContent;
import cn.remotewindow.kiosk.screen.ScreenState;
import cn.remotewindow.kiosk.screen.ScreenStates.InCall;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JPanel;

/**
 * The call. The large place shows the expert, or the expert's shared screen with the expert's
 * face moved to the side; the side column holds the self-view and the two buttons, always in the
 * same place. A banner across the top says when the network is weak or reconnecting.
 */
final class InCallScreen implements ScreenView {

    private final JPanel panel;
    private final KioskLabel banner;
    private final KioskLabel expert;
    private final VideoSlot mainSlot;
    private final VideoSlot sideSlot;
    private final VideoSlot selfSlot;
    private final VideoPanel expertVideo;
    private final VideoPanel selfVideo;
    private final VideoPanel sharedScreen;
    private final KioskLabel muted;
    private final KioskButton mute;
    private final KioskButton hangUp;
    private final KioskLabel question;
    private final KioskButton confirm;
    private final KioskButton keep;

    InCallScreen(Widgets widgets) {
        Theme theme = widgets.theme();
        Font caption = theme.small();
        expertVideo = new VideoPanel(CALL_EXPERT_VIDEO, false, caption);
        selfVideo = new VideoPanel(CALL_SELF_VIDEO, true, caption);
        sharedScreen = new VideoPanel(CALL_SHARED_SCREEN, false, caption);

        banner = widgets.label(CALL_BANNER, theme.button(), Theme.TEXT, true);
        banner.setOpaque(true);
        banner.setBorder(BorderFactory.createEmptyBorder(theme.px(14), theme.margin(), theme.px(14), theme.margin()));

        expert = widgets.label(CALL_EXPERT, theme.body().deriveFont(Font.BOLD), Color.WHITE, false);
        mainSlot = new VideoSlot("call.slot.main", 0.5625);
        JPanel main = new JPanel(new ColumnLayout(theme.px(12), false));
        main.setOpaque(false);
        main.add(expert, ColumnLayout.Cell.FULL);
        main.add(mainSlot, ColumnLayout.Cell.GROW);

        sideSlot = new VideoSlot("call.slot.side", 0.75);
        selfSlot = new VideoSlot("call.slot.self", 0.75);
        selfSlot.hold(selfVideo);
        muted = widgets.label(CALL_MUTED, theme.small(), Theme.WARNING, true);
        mute = widgets.button(CALL_MUTE, KioskButton.Style.SECONDARY);
        hangUp = widgets.button(CALL_HANG_UP, KioskButton.Style.DANGER);
        question = widgets.label(CALL_HANG_UP_QUESTION, theme.body().deriveFont(Font.BOLD), Color.WHITE, true);
        confirm = widgets.button(CALL_HANG_UP_CONFIRM, KioskButton.Style.DANGER);
        keep = widgets.button(CALL_HANG_UP_KEEP, KioskButton.Style.PRIMARY);
        JPanel side = new JPanel(new ColumnLayout(theme.px(16), false));
        side.setOpaque(false);
        side.add(sideSlot, ColumnLayout.Cell.SHRINK);
        side.add(selfSlot, ColumnLayout.Cell.SHRINK);
        side.add(spacer(), ColumnLayout.Cell.GROW);
        side.add(muted, ColumnLayout.Cell.FULL);
        side.add(mute, ColumnLayout.Cell.FULL);
        side.add(hangUp, ColumnLayout.Cell.FULL);
        side.add(question, ColumnLayout.Cell.FULL);
        side.add(keep, ColumnLayout.Cell.FULL);
        side.add(confirm, ColumnLayout.Cell.FULL);
        side.setPreferredSize(new Dimension(theme.px(380), 0));

        JPanel body = new JPanel(new BorderLayout(theme.margin(), 0));
        body.setOpaque(false);
        body.setBorder(BorderFactory.createEmptyBorder(theme.px(20), theme.margin(), theme.px(24), theme.margin()));
        body.add(main, BorderLayout.CENTER);
        body.add(side, BorderLayout.EAST);

        panel = new JPanel(new ColumnLayout(0, false));
        panel.setOpaque(true);
        panel.setBackground(Theme.VIDEO_BACKGROUND.darker());
        panel.add(banner, ColumnLayout.Cell.FULL);
        panel.add(body, ColumnLayout.Cell.GROW);
    }

    VideoPanel expertVideo() {
        return expertVideo;
    }

    VideoPanel selfVideo() {
        return selfVideo;
    }

    VideoPanel sharedScreen() {
        return sharedScreen;
    }

    @Override
    public JComponent component() {
        return panel;
    }

    @Override
    public void render(ScreenState state, ScreenContent content) {
        CallStatus status = ((InCall) state).status();
        Widgets.bind(banner, content);
        banner.setBackground(status.network() == NetworkQuality.RECONNECTING ? Theme.ALERT : Theme.WARNING);
        Widgets.bind(expert, content);
        if (status.expertSharingScreen()) {
            mainSlot.hold(sharedScreen);
            sideSlot.hold(expertVideo);
        } else {
            sideSlot.hold(null);
            mainSlot.hold(expertVideo);
        }
        sideSlot.setVisible(status.expertSharingScreen());
        expertVideo.setCaption(content.text(CALL_EXPERT_VIDEO));
        sharedScreen.setCaption(content.text(CALL_SHARED_SCREEN));
        selfVideo.setCaption(content.text(CALL_SELF_VIDEO));
        Widgets.bind(muted, content);
        Widgets.bind(mute, content);
        Widgets.bind(hangUp, content);
        Widgets.bind(question, content);
        Widgets.bind(confirm, content);
        Widgets.bind(keep, content);
    }

    private static JPanel spacer() {
        JPanel spacer = new JPanel();
        spacer.setOpaque(false);
        return spacer;
    }
}
