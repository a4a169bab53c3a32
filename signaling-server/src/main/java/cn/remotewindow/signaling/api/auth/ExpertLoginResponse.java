package cn.remotewindow.signaling.api.auth;

import java.time.Instant;
import java.util.List;

/** A signed-in expert: the access token and who they are. */
public record ExpertLoginResponse(String accessToken, String tokenType, Instant expiresAt, ExpertView expert) {

    public record ExpertView(String id, String displayName, List<String> skills) {
    }
}
