package cn.remotewindow.signaling.api.ice;

import cn.remotewindow.signaling.ice.IceServers;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** STUN/TURN servers for the caller, with TURN credentials made for their identity. */
@RestController
public class IceServersController {

    private final IceServers iceServers;

    public IceServersController(IceServers iceServers) {
        this.iceServers = iceServers;
    }

    @GetMapping("/api/ice-servers")
    public IceServersResponse iceServers(@AuthenticationPrincipal Jwt token) {
        var servers = iceServers.forUser(token.getSubject()).stream()
                .map(s -> new IceServersResponse.IceServerView(s.urls(), s.username(), s.credential()))
                .toList();
        return new IceServersResponse(servers, iceServers.ttlSeconds());
    }
}
