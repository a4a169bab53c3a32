package cn.remotewindow.signaling.api.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/auth/kiosk}: the device proves itself with the secret provisioned on it. */
public record KioskLoginRequest(
        @NotBlank(message = "kioskId is required") @Size(max = 64, message = "kioskId is at most 64 characters")
        String kioskId,
        @NotBlank(message = "secret is required") @Size(max = 128, message = "secret is at most 128 characters")
        String secret) {

    @Override
    public String toString() {
        return "KioskLoginRequest[" + kioskId + "]";
    }
}
