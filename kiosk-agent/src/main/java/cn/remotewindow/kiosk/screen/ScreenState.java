package cn.remotewindow.kiosk.screen;

/**
 * One screen with its data, immutable. The {@link ScreenModel} holds the current one; the screen
 * implementations draw it. Each state knows its words ({@link #describe}); layout is the
 * implementation's business.
 */
public sealed interface ScreenState
        permits ScreenStates.Starting, ChoosingService, ScreenStates.Waiting, ScreenStates.Connecting,
        ScreenStates.InCall, ScreenStates.AskingRating, ScreenStates.ShowingError, ScreenStates.Goodbye {

    ScreenId id();

    /** Adds this screen's texts and buttons, in reading order. */
    void describe(ScreenContent.Builder content);
}
