package cn.remotewindow.protocol.message;

/**
 * A message one party of a call sends another through the server: sdp, ice, ice.restart,
 * media.state, chat. In a three-party session the sender names its recipient with {@code to}
 * (a party id); the server stamps the sender's party id on every copy it relays, so that a
 * receiver with one peer connection per party knows which one the message is for.
 */
public interface Relayed {

    /** The recipient's party id, as the sender named it; null = the default recipient(s). */
    String to();

    /** The sender's party id the server stamped on a relayed copy; null on what a client sent. */
    String sender();

    /** The copy the server relays: stamped with its sender, without {@code to}. */
    Message relayedFrom(String senderId);
}
