package cn.remotewindow.kiosk.screen.swing;

import cn.remotewindow.kiosk.screen.ScreenContent;
import cn.remotewindow.kiosk.screen.ScreenId;
import cn.remotewindow.kiosk.screen.ScreenState;
import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javax.swing.JPanel;

/** The whole kiosk picture: the top bar and one screen at a time under it. */
final class KioskRoot extends JPanel {

    private final TopBar topBar;
    private final JPanel cards = new JPanel(new CardLayout());
    private final Map<ScreenId, ScreenView> views = new EnumMap<>(ScreenId.class);
    private final InCallScreen inCall;
    private final String fontFamily;

    KioskRoot(Dimension size, Consumer<String> press) {
        super(new BorderLayout());
        Theme theme = new Theme(size);
        fontFamily = theme.family();
        Widgets widgets = new Widgets(theme, press);
        setBackground(Theme.BACKGROUND);
        cards.setOpaque(false);
        topBar = new TopBar(widgets);
        inCall = new InCallScreen(widgets);
        views.put(ScreenId.STARTING, new StartingScreen(widgets));
        views.put(ScreenId.SERVICE_CHOICE, new ServiceChoiceScreen(widgets));
        views.put(ScreenId.WAITING, new WaitingScreen(widgets));
        views.put(ScreenId.CONNECTING, new ConnectingScreen(widgets));
        views.put(ScreenId.IN_CALL, inCall);
        views.put(ScreenId.RATING, new RatingScreen(widgets));
        views.put(ScreenId.ERROR, new ErrorScreen(widgets));
        views.put(ScreenId.GOODBYE, new GoodbyeScreen(widgets));
        views.forEach((id, view) -> {
            view.component().setName("screen." + id.name());
            cards.add(view.component(), id.name());
        });
        add(topBar, BorderLayout.NORTH);
        add(cards, BorderLayout.CENTER);
        setPreferredSize(size);
        setSize(size);
    }

    InCallScreen inCall() {
        return inCall;
    }

    String fontFamily() {
        return fontFamily;
    }

    void render(ScreenState state, ScreenContent content) {
        topBar.render(content);
        views.get(state.id()).render(state, content);
        ((CardLayout) cards.getLayout()).show(cards, state.id().name());
        if (isDisplayable()) {
            revalidate();
            repaint();
        } else {
            // Without a window Swing lays nothing out (validate() needs a native peer), yet an
            // embedding front end and the component tests need real sizes.
            layOut(this);
        }
    }

    private static void layOut(Container container) {
        container.doLayout();
        for (Component child : container.getComponents()) {
            if (child instanceof Container) {
                layOut((Container) child);
            }
        }
    }
}
