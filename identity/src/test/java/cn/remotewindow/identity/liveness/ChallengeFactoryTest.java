package cn.remotewindow.identity.liveness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChallengeFactoryTest {

    @Test
    void issuesAPermutationOfAllThreeMotionsWithAFreshNonceAndADeadline() {
        Instant now = Instant.parse("2026-11-22T09:00:00Z");
        ChallengeFactory factory = new ChallengeFactory(new SecureRandom(), Clock.fixed(now, ZoneOffset.UTC),
                Duration.ofSeconds(20), 3);
        Set<List<Motion>> orders = new HashSet<>();
        Set<String> nonces = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            Challenge c = factory.issue();
            assertThat(c.steps()).containsExactlyInAnyOrder(Motion.values());
            assertThat(c.nonce()).matches("[A-Za-z0-9_-]{22}"); // 128 bits, base64url, no padding
            assertThat(c.issuedAt()).isEqualTo(now);
            assertThat(c.deadline()).isEqualTo(now.plusSeconds(20));
            orders.add(c.steps());
            nonces.add(c.nonce());
        }
        assertThat(orders).as("all 3! orders occur").hasSize(6);
        assertThat(nonces).hasSize(300);
    }

    @Test
    void canAskForFewerSteps() {
        ChallengeFactory factory = new ChallengeFactory(new SecureRandom(), Clock.systemUTC(), Duration.ofSeconds(10), 2);
        Challenge c = factory.issue();
        assertThat(c.steps()).hasSize(2).doesNotHaveDuplicates();
        assertThatThrownBy(() -> new ChallengeFactory(new SecureRandom(), Clock.systemUTC(), Duration.ofSeconds(10), 4))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyMotionHasAnInstructionInBothLanguages() {
        for (Motion m : Motion.values()) {
            assertThat(m.promptZh()).matches(".*\\p{IsHan}.*");
            assertThat(m.promptEn()).startsWith("Please");
        }
        assertThat(Motion.TURN_LEFT.promptZh()).contains("左");
        assertThat(Motion.TURN_RIGHT.promptZh()).contains("右");
    }
}
