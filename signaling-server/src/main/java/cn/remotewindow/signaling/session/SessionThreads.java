package cn.remotewindow.signaling.session;

import io.netty.util.concurrent.EventExecutorGroup;

/**
 * The threads that own the sessions (see {@link Owners}): the I/O event loops of a node alone, or
 * a group of their own when several nodes share Redis. Only a group of its own is shut down here.
 */
public record SessionThreads(EventExecutorGroup group, boolean ownGroup) implements AutoCloseable {

    @Override
    public void close() {
        if (ownGroup) {
            group.shutdownGracefully();
        }
    }
}
