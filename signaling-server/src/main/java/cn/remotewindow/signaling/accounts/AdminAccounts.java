package cn.remotewindow.signaling.accounts;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The auditors who may sign in, by username; from configuration (and the demo), fixed at start-up. */
public final class AdminAccounts {

    private final Map<String, AdminAccount> byUsername;

    public AdminAccounts(Collection<AdminAccount> accounts) {
        accounts.forEach(account -> BcryptHashes.requireValid(account.passwordHash(), "admin " + account.username()));
        this.byUsername = accounts.stream().collect(Collectors.toUnmodifiableMap(AdminAccount::username,
                Function.identity()));
    }

    public Optional<AdminAccount> findByUsername(String username) {
        return Optional.ofNullable(byUsername.get(username));
    }
}
