package cn.remotewindow.signaling.api.auth;

import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Sign-in: experts and auditors with username and password, kiosks with their device secret. */
@RestController
@RequestMapping("/api/auth")
public class LoginController {

    private final Logins logins;

    public LoginController(Logins logins) {
        this.logins = logins;
    }

    @PostMapping("/expert")
    public Mono<ExpertLoginResponse> expert(@Valid @RequestBody ExpertLoginRequest request) {
        return logins.expert(request);
    }

    /** Auditors sign in with username and password, as experts do. */
    @PostMapping("/admin")
    public Mono<AdminLoginResponse> admin(@Valid @RequestBody ExpertLoginRequest request) {
        return logins.admin(request);
    }

    @PostMapping("/kiosk")
    public Mono<KioskLoginResponse> kiosk(@Valid @RequestBody KioskLoginRequest request) {
        return logins.kiosk(request);
    }
}
