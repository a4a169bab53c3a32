package cn.remotewindow.signaling.accounts;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A fixed set of expert accounts, read from configuration at start-up. */
public final class InMemoryExpertAccounts implements ExpertAccounts {

    private final Map<String, ExpertAccount> byUsername;

    public InMemoryExpertAccounts(Collection<ExpertAccount> accounts) {
        accounts.forEach(account -> BcryptHashes.requireValid(account.passwordHash(), "expert " + account.username()));
        this.byUsername = accounts.stream()
                .collect(Collectors.toUnmodifiableMap(ExpertAccount::username, Function.identity()));
    }

    @Override
    public Optional<ExpertAccount> findByUsername(String username) {
        return Optional.ofNullable(byUsername.get(username));
    }
}
