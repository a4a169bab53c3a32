package cn.remotewindow.kiosk.link;

import java.time.Instant;

/** The kiosk's HTTP access token, and what the server said about the kiosk when signing in. */
public record AccessToken(String token, Instant expiresAt, String kioskName, String district) {

    /** Still good for at least the given margin. */
    public boolean validFor(Instant now, java.time.Duration margin) {
        return expiresAt.isAfter(now.plus(margin));
    }

    @Override
    public String toString() {
        return "AccessToken[expiresAt=" + expiresAt + ", kiosk=" + kioskName + "]";
    }
}
