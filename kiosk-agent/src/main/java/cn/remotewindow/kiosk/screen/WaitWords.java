package cn.remotewindow.kiosk.screen;

import java.time.Duration;

/**
 * Queue figures in words a citizen reads at a glance: "约 3 分钟", "您前面还有 2 位". The server
 * already rounds estimates (15 s, 1 min, 5 min steps); this rounds up to whole minutes, and to
 * ten minutes beyond an hour, because a promise that is too precise is broken more often.
 */
final class WaitWords {

    private WaitWords() {
    }

    static String estimate(Messages messages, Duration wait) {
        if (wait == null) {
            return messages.text("waiting.estimate.unknown");
        }
        long seconds = Math.max(0, wait.toSeconds());
        if (seconds < 60) {
            return messages.text("waiting.estimate.underMinute");
        }
        long minutes = (seconds + 59) / 60;
        if (minutes < 60) {
            return messages.text("waiting.estimate.minutes", minutes);
        }
        long tens = (minutes + 9) / 10;
        long hours = tens / 6;
        long rest = (tens % 6) * 10;
        return rest == 0
                ? messages.text("waiting.estimate.hours", hours)
                : messages.text("waiting.estimate.hoursMinutes", hours, rest);
    }

    static String position(Messages messages, int position) {
        return position <= 1
                ? messages.text("waiting.position.next")
                : messages.text("waiting.position.ahead", position - 1);
    }

    static String experts(Messages messages, int expertsOnline) {
        return expertsOnline == 0
                ? messages.text("waiting.experts.none")
                : messages.text("waiting.experts.some", expertsOnline);
    }
}
