package cn.remotewindow.protocol.message;

/**
 * Which expert handed a session over (转办) and what they told the next expert; part of the next
 * expert's {@link RequestDetails}.
 */
public record HandoverNote(String fromExpertId, String fromName, String note) {
}
