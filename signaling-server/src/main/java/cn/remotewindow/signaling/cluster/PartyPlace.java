package cn.remotewindow.signaling.cluster;

/** Where a party is connected: the node, the party as its token describes it, and since when (epoch ms). */
public record PartyPlace(String node, PartyCard card, long since) {
}
