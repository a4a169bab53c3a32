package cn.remotewindow.signaling.ws;

import cn.remotewindow.protocol.CloseCode;
import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.signaling.delivery.Connection;
import cn.remotewindow.signaling.party.Party;
import io.netty.channel.Channel;

/** An authenticated party on a Netty channel. */
final class ChannelConnection implements Connection {

    private final Channel channel;
    private final Party party;

    ChannelConnection(Channel channel, Party party) {
        this.channel = channel;
        this.party = party;
    }

    @Override
    public Party party() {
        return party;
    }

    @Override
    public void send(Envelope envelope) {
        if (channel.isActive()) {
            channel.writeAndFlush(envelope, channel.voidPromise());
        }
    }

    @Override
    public void close(CloseCode code) {
        Closing.close(channel, code);
    }

    @Override
    public String toString() {
        return party.partyId() + "@" + channel.remoteAddress();
    }
}
