package cn.remotewindow.kiosk.agent;

import cn.remotewindow.kiosk.screen.VerifyPrompt;

/**
 * Hears what the identity check asks the citizen to do with their head, at the moment the prompt
 * is shown: for a test camera that plays the compliant (or a disobedient) citizen. Called on the
 * agent's thread: return at once.
 */
public interface PromptListener {

    PromptListener NONE = new PromptListener() {
        @Override
        public void prompted(VerifyPrompt prompt) {
        }

        @Override
        public void promptsOver() {
        }
    };

    /** This prompt is on the screen now. */
    void prompted(VerifyPrompt prompt);

    /** No prompt any more: the challenge is over, cancelled or failed. */
    void promptsOver();
}
