package cn.remotewindow.signaling.security;

/** The {@code role} claim of an access token; Spring Security sees it as ROLE_&lt;name&gt;. */
public enum AccessRole {
    EXPERT,
    KIOSK,
    /** Reserved for the admin and audit console; no sign-in issues it yet. */
    ADMIN
}
