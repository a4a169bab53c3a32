package cn.remotewindow.signaling.api.signaling;

import java.time.Instant;

/** A single-use signaling ticket and the WebSocket URL to present it at. */
public record TicketResponse(String ticket, Instant expiresAt, String url) {
}
