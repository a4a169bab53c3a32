package cn.remotewindow.signaling.config;

import cn.remotewindow.signaling.accounts.CredentialCheck;
import cn.remotewindow.signaling.accounts.AdminAccount;
import cn.remotewindow.signaling.accounts.AdminAccounts;
import cn.remotewindow.signaling.accounts.DemoAccounts;
import cn.remotewindow.signaling.accounts.DemoBanner;
import cn.remotewindow.signaling.accounts.ExpertAccount;
import cn.remotewindow.signaling.accounts.ExpertAccounts;
import cn.remotewindow.signaling.accounts.InMemoryExpertAccounts;
import cn.remotewindow.signaling.accounts.InMemoryKioskDevices;
import cn.remotewindow.signaling.accounts.KioskDevice;
import cn.remotewindow.signaling.accounts.KioskDevices;
import cn.remotewindow.signaling.accounts.LoginThrottle;
import cn.remotewindow.signaling.api.UnreadBodyDrain;
import cn.remotewindow.signaling.api.auth.Logins;
import cn.remotewindow.signaling.api.sessions.ExpertSessions;
import cn.remotewindow.signaling.api.signaling.SignalingAddress;
import cn.remotewindow.signaling.auth.JwtKey;
import cn.remotewindow.signaling.record.SessionRecords;
import cn.remotewindow.signaling.security.AccessTokens;
import cn.remotewindow.signaling.ws.SignalingServer;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Wires the HTTP side: accounts, sign-in, access tokens, the expert's sessions. Security rules are in ApiSecurityConfiguration. */
@Configuration(proxyBeanMethods = false)
public class HttpConfiguration {

    private static final Logger log = LoggerFactory.getLogger(HttpConfiguration.class);

    /** Failed sign-ins allowed per name within {@link #LOGIN_WINDOW}. */
    static final int LOGIN_ATTEMPTS = 5;
    static final Duration LOGIN_WINDOW = Duration.ofMinutes(5);
    /** How long a refused request's unread body is read on before the connection is given up. */
    static final Duration UNREAD_BODY_DEADLINE = Duration.ofSeconds(10);

    @Bean
    PasswordEncoder passwordEncoder(WindowProperties properties) {
        return new BCryptPasswordEncoder(properties.auth().bcryptStrength());
    }

    @Bean
    ExpertAccounts expertAccounts(WindowProperties properties, PasswordEncoder encoder) {
        List<ExpertAccount> accounts = properties.accounts().experts().stream()
                .map(a -> new ExpertAccount(a.username(), a.displayName(), a.passwordHash(),
                        a.skills() == null ? Set.of() : Set.copyOf(a.skills())))
                .toList();
        if (properties.demo().enabled()) {
            accounts = withDemo(accounts, DemoAccounts.experts(encoder), ExpertAccount::username);
        }
        return new InMemoryExpertAccounts(accounts);
    }

    @Bean
    AdminAccounts adminAccounts(WindowProperties properties, PasswordEncoder encoder) {
        List<AdminAccount> accounts = properties.accounts().admins().stream()
                .map(a -> new AdminAccount(a.username(), a.displayName(), a.passwordHash()))
                .toList();
        if (properties.demo().enabled()) {
            accounts = withDemo(accounts, DemoAccounts.admins(encoder), AdminAccount::username);
        }
        return new AdminAccounts(accounts);
    }

    @Bean
    KioskDevices kioskDevices(WindowProperties properties, PasswordEncoder encoder) {
        List<KioskDevice> devices = properties.accounts().kiosks().stream()
                .map(k -> new KioskDevice(k.id(), k.name(), k.district(), k.secretHash()))
                .toList();
        if (properties.demo().enabled()) {
            devices = withDemo(devices, DemoAccounts.kiosks(encoder), KioskDevice::id);
        }
        return new InMemoryKioskDevices(devices);
    }

    /** Configured entries win over demo entries of the same name. */
    private static <T> List<T> withDemo(List<T> configured, List<T> demo, Function<T, String> name) {
        Set<String> taken = new HashSet<>();
        configured.forEach(entry -> taken.add(name.apply(entry)));
        List<T> all = new ArrayList<>(configured);
        for (T entry : demo) {
            if (taken.contains(name.apply(entry))) {
                log.warn("demo account {} is also configured: using the configured one", name.apply(entry));
            } else {
                all.add(entry);
            }
        }
        return all;
    }

    /** Refused requests still have their body read, so the client sees the answer (UnreadBodyDrain). */
    @Bean
    UnreadBodyDrain unreadBodyDrain(WindowProperties properties) {
        return new UnreadBodyDrain(properties.identity().maxEvidenceBytes(), UNREAD_BODY_DEADLINE);
    }

    @Bean
    CredentialCheck credentialCheck(PasswordEncoder encoder) {
        return new CredentialCheck(encoder);
    }

    @Bean
    LoginThrottle loginThrottle(Clock clock) {
        return new LoginThrottle(LOGIN_ATTEMPTS, LOGIN_WINDOW, clock);
    }

    @Bean
    AccessTokens accessTokens(JwtKey key, WindowProperties properties, Clock clock) {
        return new AccessTokens(key, properties.auth(), clock);
    }

    @Bean
    Logins logins(ExpertAccounts experts, KioskDevices kiosks, AdminAccounts admins, CredentialCheck credentials,
                  LoginThrottle throttle, AccessTokens tokens) {
        return new Logins(experts, kiosks, admins, credentials, throttle, tokens);
    }

    @Bean
    ExpertSessions expertSessions(SessionRecords records) {
        return new ExpertSessions(records);
    }

    @Bean
    SignalingAddress signalingAddress(WindowProperties properties, SignalingServer server) {
        return new SignalingAddress(properties.signaling().publicUrl(), server::port, server.path());
    }

    @Bean
    @ConditionalOnBooleanProperty("window.demo.enabled")
    DemoBanner demoBanner(WindowProperties properties, SignalingServer server) {
        return new DemoBanner(properties.signaling(), server);
    }
}
