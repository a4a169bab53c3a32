package cn.remotewindow.signaling.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.signaling.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:30:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(5), clock);

    @Test
    void refusesTheSixthAttemptWithinTheWindowAndSaysHowLongToWait() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.attempt("expert:zhangwei").allowed()).isTrue();
            clock.advance(Duration.ofSeconds(30));
        }

        LoginThrottle.Attempt sixth = throttle.attempt("expert:zhangwei");

        assertThat(sixth.allowed()).isFalse();
        // The window started with the first attempt, 2.5 minutes ago.
        assertThat(sixth.retryAfter()).isEqualTo(Duration.ofSeconds(150));
    }

    @Test
    void allowsAgainOnceTheWindowHasPassed() {
        for (int i = 0; i < 5; i++) {
            throttle.attempt("kiosk:kiosk-hongqi-01");
        }
        assertThat(throttle.attempt("kiosk:kiosk-hongqi-01").allowed()).isFalse();

        clock.advance(Duration.ofMinutes(5));

        assertThat(throttle.attempt("kiosk:kiosk-hongqi-01").allowed()).isTrue();
    }

    @Test
    void countsEachNameOnItsOwn() {
        for (int i = 0; i < 5; i++) {
            throttle.attempt("expert:zhangwei");
        }

        assertThat(throttle.attempt("expert:zhangwei").allowed()).isFalse();
        assertThat(throttle.attempt("expert:liuyang").allowed()).isTrue();
    }

    @Test
    void aSuccessfulSignInClearsEarlierFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.attempt("expert:wangfang");
        }
        throttle.succeeded("expert:wangfang");

        for (int i = 0; i < 5; i++) {
            assertThat(throttle.attempt("expert:wangfang").allowed()).isTrue();
        }
        assertThat(throttle.attempt("expert:wangfang").allowed()).isFalse();
    }

    @Test
    void forgetsNamesWhoseWindowHasPassed() {
        for (int i = 0; i < 100; i++) {
            throttle.attempt("expert:guess-" + i);
        }
        assertThat(throttle.trackedNames()).isEqualTo(100);

        clock.advance(Duration.ofMinutes(6));
        throttle.attempt("expert:zhangwei");

        assertThat(throttle.trackedNames()).isEqualTo(1);
    }
}
