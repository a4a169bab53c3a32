package cn.remotewindow.signaling.api.auth;

import cn.remotewindow.signaling.accounts.CredentialCheck;
import cn.remotewindow.signaling.accounts.AdminAccount;
import cn.remotewindow.signaling.accounts.AdminAccounts;
import cn.remotewindow.signaling.accounts.ExpertAccount;
import cn.remotewindow.signaling.accounts.ExpertAccounts;
import cn.remotewindow.signaling.accounts.KioskDevice;
import cn.remotewindow.signaling.accounts.KioskDevices;
import cn.remotewindow.signaling.accounts.LoginThrottle;
import cn.remotewindow.signaling.party.Expert;
import cn.remotewindow.signaling.party.Kiosk;
import cn.remotewindow.signaling.security.AccessTokens;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Sign-in of experts and kiosks: throttle, check the credential, issue an access token. */
public final class Logins {

    private static final Logger log = LoggerFactory.getLogger(Logins.class);

    static final String TOKEN_TYPE = "Bearer";

    private final ExpertAccounts experts;
    private final KioskDevices kiosks;
    private final AdminAccounts admins;
    private final CredentialCheck credentials;
    private final LoginThrottle throttle;
    private final AccessTokens tokens;

    public Logins(ExpertAccounts experts, KioskDevices kiosks, AdminAccounts admins, CredentialCheck credentials,
                  LoginThrottle throttle, AccessTokens tokens) {
        this.experts = experts;
        this.kiosks = kiosks;
        this.admins = admins;
        this.credentials = credentials;
        this.throttle = throttle;
        this.tokens = tokens;
    }

    public Mono<ExpertLoginResponse> expert(ExpertLoginRequest request) {
        return throttled("expert:" + request.username(), () -> {
            Optional<ExpertAccount> account = experts.findByUsername(request.username());
            if (!credentials.matches(request.password(), account.map(ExpertAccount::passwordHash))) {
                return Optional.empty();
            }
            ExpertAccount found = account.orElseThrow();
            Expert expert = new Expert(found.username(), found.displayName(), found.skills());
            AccessTokens.Issued token = tokens.issue(expert);
            return Optional.of(new ExpertLoginResponse(token.token(), TOKEN_TYPE, token.expiresAt(),
                    new ExpertLoginResponse.ExpertView(expert.id(), expert.displayName(),
                            expert.skills().stream().sorted().toList())));
        }, "username or password");
    }

    public Mono<KioskLoginResponse> kiosk(KioskLoginRequest request) {
        return throttled("kiosk:" + request.kioskId(), () -> {
            Optional<KioskDevice> device = kiosks.findById(request.kioskId());
            if (!credentials.matches(request.secret(), device.map(KioskDevice::secretHash))) {
                return Optional.empty();
            }
            KioskDevice found = device.orElseThrow();
            Kiosk kiosk = new Kiosk(found.id(), found.name(), found.district());
            AccessTokens.Issued token = tokens.issue(kiosk);
            return Optional.of(new KioskLoginResponse(token.token(), TOKEN_TYPE, token.expiresAt(),
                    new KioskLoginResponse.KioskView(kiosk.id(), kiosk.displayName(), kiosk.district())));
        }, "kiosk id or secret");
    }

    /** An auditor: an ADMIN token, which opens the records and nothing of the real-time plane. */
    public Mono<AdminLoginResponse> admin(ExpertLoginRequest request) {
        return throttled("admin:" + request.username(), () -> {
            Optional<AdminAccount> account = admins.findByUsername(request.username());
            if (!credentials.matches(request.password(), account.map(AdminAccount::passwordHash))) {
                return Optional.empty();
            }
            AdminAccount found = account.orElseThrow();
            AccessTokens.Issued token = tokens.issueAdmin(found.username(), found.displayName());
            log.info("auditor {} signed in", found.username());
            return Optional.of(new AdminLoginResponse(token.token(), TOKEN_TYPE, token.expiresAt(),
                    new AdminLoginResponse.AdminView(found.username(), found.displayName())));
        }, "username or password");
    }

    /** Runs a sign-in on the bounded-elastic pool: bcrypt takes tens of milliseconds and must not hold an event loop. */
    private <T> Mono<T> throttled(String name, Callable<Optional<T>> signIn, String what) {
        return Mono.defer(() -> {
            LoginThrottle.Attempt attempt = throttle.attempt(name);
            if (!attempt.allowed()) {
                log.warn("sign-in refused for {}: too many failures, retry after {}s",
                        name.replaceAll("\\p{Cntrl}", "?"), attempt.retryAfter().toSeconds());
                return Mono.error(new LoginThrottledException(attempt.retryAfter()));
            }
            return Mono.fromCallable(signIn)
                    .subscribeOn(Schedulers.boundedElastic())
                    .flatMap(Mono::justOrEmpty)
                    .switchIfEmpty(Mono.error(() -> new LoginFailedException(what)))
                    .doOnNext(signedIn -> throttle.succeeded(name));
        });
    }
}
