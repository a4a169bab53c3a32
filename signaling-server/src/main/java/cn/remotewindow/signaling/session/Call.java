package cn.remotewindow.signaling.session;

import java.time.Instant;

/** The accepted call: the expert serving it and its times. connectedAt is null until media connects. */
public record Call(String expertId, String expertName, Instant acceptedAt, Instant connectedAt) {

    public Call connected(Instant at) {
        return connectedAt != null ? this : new Call(expertId, expertName, acceptedAt, at);
    }
}
