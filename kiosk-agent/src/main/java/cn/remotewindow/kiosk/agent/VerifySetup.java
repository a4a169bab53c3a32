package cn.remotewindow.kiosk.agent;

import cn.remotewindow.kiosk.config.KioskConfig;
import cn.remotewindow.kiosk.identity.FileIdCardReader;
import cn.remotewindow.kiosk.identity.IdCardReader;
import java.time.Duration;
import java.util.Objects;

/**
 * What the kiosk brings to a remote identity verification (远程身份核验): its ID card reader (null:
 * it has none, and the expert checks by hand), the pace of the challenge, and who hears its prompts.
 *
 * @param readTimeout how long the citizen has to place the card, per attempt (there are two)
 * @param promptTime how long each prompt of the challenge shows before its frames are taken
 * @param resultTime how long the result, or a note, stays before the call screen returns
 */
public record VerifySetup(IdCardReader cardReader, Duration readTimeout, Duration promptTime, Duration resultTime,
                          PromptListener prompts) {

    /** ID cards are Chinese: their validity is in China's dates, whatever the kiosk's clock zone. */
    public static final java.time.ZoneId CARD_ZONE = java.time.ZoneId.of("Asia/Shanghai");

    /** No card reader: every verification is answered with CARD_UNREADABLE and checked by hand. */
    public static final VerifySetup NONE = new VerifySetup(null, Duration.ofSeconds(30), Duration.ofMillis(1200),
            Duration.ofSeconds(10), PromptListener.NONE);

    public VerifySetup {
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(promptTime, "promptTime");
        Objects.requireNonNull(resultTime, "resultTime");
        prompts = prompts == null ? PromptListener.NONE : prompts;
    }

    /** As configured (kiosk-agent/README.md, {@code identity.*}). */
    public static VerifySetup configured(KioskConfig.Identity identity) {
        IdCardReader reader = switch (identity.cardReader()) {
            case NONE -> null;
            case FILE -> identity.cardFile() == null ? FileIdCardReader.demoCard()
                    : FileIdCardReader.of(identity.cardFile(), identity.cardPhoto());
        };
        return new VerifySetup(reader, identity.readTimeout(), identity.promptTime(), identity.resultTime(),
                PromptListener.NONE);
    }

    public VerifySetup withCardReader(IdCardReader reader) {
        return new VerifySetup(reader, readTimeout, promptTime, resultTime, prompts);
    }

    public VerifySetup withPace(Duration newPromptTime, Duration newResultTime) {
        return new VerifySetup(cardReader, readTimeout, newPromptTime, newResultTime, prompts);
    }

    public VerifySetup withPromptListener(PromptListener listener) {
        return new VerifySetup(cardReader, readTimeout, promptTime, resultTime, listener);
    }
}
