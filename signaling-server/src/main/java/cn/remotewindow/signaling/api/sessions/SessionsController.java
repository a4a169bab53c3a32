package cn.remotewindow.signaling.api.sessions;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The signed-in expert's sessions: the list, and one with its events. Experts only (ApiSecurityConfiguration). */
@RestController
@RequestMapping("/api/sessions")
public class SessionsController {

    private final ExpertSessions sessions;

    public SessionsController(ExpertSessions sessions) {
        this.sessions = sessions;
    }

    @GetMapping("/mine")
    public Mono<SessionList> mine(@AuthenticationPrincipal Jwt token,
                                  @RequestParam(defaultValue = "" + ExpertSessions.DEFAULT_LIMIT) int limit) {
        return sessions.mine(token.getSubject(), limit);
    }

    @GetMapping("/{sessionId}")
    public Mono<SessionView> one(@AuthenticationPrincipal Jwt token, @PathVariable String sessionId) {
        return sessions.one(token.getSubject(), sessionId);
    }
}
