package cn.remotewindow.signaling.api.auth;

import java.time.Instant;

/** A signed-in kiosk: the access token and which kiosk it is. */
public record KioskLoginResponse(String accessToken, String tokenType, Instant expiresAt, KioskView kiosk) {

    public record KioskView(String id, String displayName, String district) {
    }
}
