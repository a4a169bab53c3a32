package cn.remotewindow.protocol.message;

/**
 * An expert's note to the next one: who handed a session over (转办) or invited a guest into it,
 * and what they said. Part of the receiving expert's {@link RequestDetails}.
 */
public record HandoverNote(String fromExpertId, String fromName, String note) {
}
