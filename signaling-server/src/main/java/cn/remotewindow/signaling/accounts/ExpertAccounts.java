package cn.remotewindow.signaling.accounts;

import java.util.Optional;

/** Where expert accounts are looked up at sign-in. */
public interface ExpertAccounts {

    Optional<ExpertAccount> findByUsername(String username);
}
