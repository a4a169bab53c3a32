package cn.remotewindow.signaling.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class CredentialCheckTest {

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    private final AtomicInteger comparisons = new AtomicInteger();
    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            comparisons.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    };
    private final CredentialCheck check = new CredentialCheck(counting);

    @Test
    void acceptsTheRightPasswordOnly() {
        String hash = bcrypt.encode("demo-zhangwei");

        assertThat(check.matches("demo-zhangwei", Optional.of(hash))).isTrue();
        assertThat(check.matches("demo-zhangwe1", Optional.of(hash))).isFalse();
    }

    @Test
    void runsBcryptEvenWhenThereIsNoAccountSoTimingDoesNotRevealNames() {
        boolean matched = check.matches("anything", Optional.empty());

        assertThat(matched).isFalse();
        assertThat(comparisons).hasValue(1);
    }
}
