package cn.remotewindow.signaling.accounts;

import java.util.Optional;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Compares a password or device secret with a stored bcrypt hash. When there is no account it
 * still runs one bcrypt comparison against a decoy hash, so an unknown name takes as long to
 * refuse as a wrong password and response times do not tell which names exist.
 */
public final class CredentialCheck {

    private final PasswordEncoder encoder;
    private final String decoyHash;

    public CredentialCheck(PasswordEncoder encoder) {
        this.encoder = encoder;
        this.decoyHash = encoder.encode(UUID.randomUUID().toString());
    }

    /** Slow on purpose (bcrypt): call it off the event loop. */
    public boolean matches(String presented, Optional<String> storedHash) {
        boolean matches = encoder.matches(presented, storedHash.orElse(decoyHash));
        return storedHash.isPresent() && matches;
    }
}
