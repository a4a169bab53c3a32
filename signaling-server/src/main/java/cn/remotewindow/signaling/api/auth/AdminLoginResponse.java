package cn.remotewindow.signaling.api.auth;

import java.time.Instant;

/** A signed-in auditor: the access token (role ADMIN) and who they are. */
public record AdminLoginResponse(String accessToken, String tokenType, Instant expiresAt, AdminView admin) {

    public record AdminView(String id, String displayName) {
    }
}
