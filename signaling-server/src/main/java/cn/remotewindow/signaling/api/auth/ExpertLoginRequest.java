package cn.remotewindow.signaling.api.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/auth/expert}. Length limits keep bcrypt work bounded (it reads at most 72 bytes). */
public record ExpertLoginRequest(
        @NotBlank(message = "username is required") @Size(max = 64, message = "username is at most 64 characters")
        String username,
        @NotBlank(message = "password is required") @Size(max = 128, message = "password is at most 128 characters")
        String password) {

    @Override
    public String toString() {
        return "ExpertLoginRequest[" + username + "]";
    }
}
