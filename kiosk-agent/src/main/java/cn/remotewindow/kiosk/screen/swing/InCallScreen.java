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
 * face moved to the side, and under it the expert's latest message; during an identity check, the
 * check's step (the expert's face in the side column). The side column holds the
 * self-view and the two buttons, always in the same place. A banner across the top says when the
 * network is weak or reconnecting; a calm band over the large place, for as long as it is true,
 * that the expert can see the kiosk's screen.
 */
final class InCallScreen implements ScreenView {

    /** The large picture never gets less than this (design pixels), nor less than a quarter. */
    private static final int MINIMUM_VIDEO_HEIGHT = 150;

    private final JPanel panel;
    private final KioskLabel banner;
    private final KioskLabel ownScreenText;
    private final NoticeStrip ownScreen;
    private final ExpertMessagePanel message;
    /** A step of an identity check: takes the large place while it is shown, the expert moves aside. */
    private final VerifyView verify;
    /** A document picture or the closing summary: takes the large place like the identity check. */
    private final CaseFileView caseFile;
    private final KioskLabel expert;
    private final VideoSlot mainSlot;
    private final VideoSlot sideSlot;
    private final VideoSlot selfSlot;
    private final VideoPanel expertVideo;
    private final VideoPanel selfVideo;
    private final VideoPanel sharedScreen;
    /** The lead expert named over their picture in the side column, while an identity check has the large place. */
    private final KioskLabel expertBeside;
    /** A second expert (三方): named and shown in the side column, above the self-view. */
    private final KioskLabel guest;
    private final VideoSlot guestSlot;
    private final VideoPanel guestVideo;
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
        guestVideo = new VideoPanel(CALL_GUEST_VIDEO, false, caption);
        guest = widgets.label(CALL_GUEST, theme.body().deriveFont(Font.BOLD), Color.WHITE, true);
        expertBeside = widgets.label(CALL_EXPERT_BESIDE, theme.small().deriveFont(Font.BOLD), Color.WHITE, true);
        guestSlot = new VideoSlot("call.slot.guest", 0.75);
        guestSlot.hold(guestVideo);

        banner = widgets.label(CALL_BANNER, theme.button(), Theme.TEXT, true);
        banner.setOpaque(true);
        banner.setBorder(BorderFactory.createEmptyBorder(theme.px(14), theme.margin(), theme.px(14), theme.margin()));

        ownScreenText = widgets.label(CALL_SHARING_OWN_SCREEN, theme.body().deriveFont(Font.BOLD), Theme.NOTICE_TEXT,
                false);
        ownScreen = new NoticeStrip("call.sharingOwnScreen.band", Glyphs.watchedScreen(theme.px(48), Theme.NOTICE_TEXT),
                ownScreenText, Theme.NOTICE, theme.px(24), theme.px(8), theme.px(16), theme.corner());

        expert = widgets.label(CALL_EXPERT, theme.body().deriveFont(Font.BOLD), Color.WHITE, false);
        mainSlot = new VideoSlot("call.slot.main", 0.5625);
        message = new ExpertMessagePanel(widgets);
        verify = new VerifyView(widgets);
        caseFile = new CaseFileView(widgets);
        JPanel main = new MainArea(ownScreen, expert, mainSlot, message, verify, caseFile, theme.px(12),
                theme.px(MINIMUM_VIDEO_HEIGHT));

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
        side.add(expertBeside, ColumnLayout.Cell.FULL);
        side.add(sideSlot, ColumnLayout.Cell.SHRINK);
        side.add(guest, ColumnLayout.Cell.FULL);
        side.add(guestSlot, ColumnLayout.Cell.SHRINK);
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

    VideoPanel guestVideo() {
        return guestVideo;
    }

    CaseFileView caseFile() {
        return caseFile;
    }

    @Override
    public JComponent component() {
        return panel;
    }

    @Override
    public void render(ScreenState state, ScreenContent content) {
        InCall call = (InCall) state;
        CallStatus status = call.status();
        boolean verifying = call.verify() != null || call.caseFile() != null;
        Widgets.bind(banner, content);
        banner.setBackground(status.network() == NetworkQuality.RECONNECTING ? Theme.ALERT : Theme.WARNING);
        Widgets.bind(ownScreenText, content);
        ownScreen.follow();
        Widgets.bind(expert, content);
        message.render(content);
        verify.render(call.verify(), content);
        caseFile.render(call.verify() == null ? call.caseFile() : null, content);
        if (verifying) {
            // The check takes the large place; the expert stays in sight in the side column.
            mainSlot.hold(null);
            sideSlot.hold(expertVideo);
        } else if (status.expertSharingScreen()) {
            mainSlot.hold(sharedScreen);
            sideSlot.hold(expertVideo);
        } else {
            sideSlot.hold(null);
            mainSlot.hold(expertVideo);
        }
        mainSlot.setVisible(!verifying);
        sideSlot.setVisible(verifying || status.expertSharingScreen());
        expertVideo.setCaption(content.text(CALL_EXPERT_VIDEO));
        sharedScreen.setCaption(content.text(CALL_SHARED_SCREEN));
        selfVideo.setCaption(content.text(CALL_SELF_VIDEO));
        Widgets.bind(expertBeside, content);
        Widgets.bind(guest, content);
        guestSlot.setVisible(content.text(CALL_GUEST_VIDEO) != null);
        guestVideo.setCaption(content.text(CALL_GUEST_VIDEO));
        Widgets.bind(muted, content);
        Widgets.bind(mute, content);
        Widgets.bind(hangUp, content);
        Widgets.bind(question, content);
        Widgets.bind(confirm, content);
        Widgets.bind(keep, content);
    }

    /**
     * The notice that the expert sees this screen, the expert's name, the large picture, and the
     * expert's message under it. The message gets the height it needs, as long as the picture keeps
     * its minimum; the picture takes the rest. The notice is here, not across the whole screen, so
     * that the side column's buttons keep their room.
     */
    private static final class MainArea extends JPanel {
        private final NoticeStrip ownScreen;
        private final KioskLabel expert;
        private final VideoSlot slot;
        private final ExpertMessagePanel message;
        private final VerifyView verify;
        private final CaseFileView caseFile;
        private final int gap;
        private final int minimumVideo;

        MainArea(NoticeStrip ownScreen, KioskLabel expert, VideoSlot slot, ExpertMessagePanel message,
                VerifyView verify, CaseFileView caseFile, int gap, int minimumVideo) {
            super(null);
            this.ownScreen = ownScreen;
            this.expert = expert;
            this.slot = slot;
            this.message = message;
            this.verify = verify;
            this.caseFile = caseFile;
            this.gap = gap;
            this.minimumVideo = minimumVideo;
            setName("call.main");
            setOpaque(false);
            add(ownScreen);
            add(expert);
            add(slot);
            add(message);
            add(verify);
            add(caseFile);
        }

        @Override
        public void doLayout() {
            int width = getWidth();
            int top = 0;
            if (ownScreen.isVisible()) {
                int noticeHeight = ownScreen.heightFor(width);
                ownScreen.setBounds(0, 0, width, noticeHeight);
                top = noticeHeight + gap;
            }
            if (verify.isVisible()) {
                verify.setBounds(0, top, width, Math.max(0, getHeight() - top));
                return;
            }
            if (caseFile.isVisible()) {
                caseFile.setBounds(0, top, width, Math.max(0, getHeight() - top));
                return;
            }
            int nameHeight = expert.heightFor(width);
            expert.setBounds(0, top, width, nameHeight);
            top += nameHeight + gap;
            int rest = Math.max(0, getHeight() - top);
            if (message.isVisible()) {
                int video = Math.max(minimumVideo, rest / 4);
                int height = message.fit(width, Math.max(0, rest - gap - video));
                message.setBounds(0, getHeight() - height, width, height);
                rest = Math.max(0, rest - gap - height);
            }
            slot.setBounds(0, top, width, rest);
        }
    }

    private static JPanel spacer() {
        JPanel spacer = new JPanel();
        spacer.setOpaque(false);
        return spacer;
    }
}
