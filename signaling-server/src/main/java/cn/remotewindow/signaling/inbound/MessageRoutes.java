package cn.remotewindow.signaling.inbound;

import cn.remotewindow.protocol.MessageTypes;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.Message;
import cn.remotewindow.signaling.session.Session;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which handler takes which message type: a typed table built once, checked at start-up to cover
 * every type a client may send.
 */
public final class MessageRoutes {

    /** Handles a message that belongs to no session (yet); runs on the connection's thread. */
    @FunctionalInterface
    public interface ConnectionHandler<M extends Message> {
        void handle(Inbound<M> in);
    }

    /** Handles a message for a session the sender is a party of; runs on the session's owner thread. */
    @FunctionalInterface
    public interface SessionHandler<M extends Message> {
        void handle(Inbound<M> in, Session session);
    }

    /**
     * Handles a message about a session that may be open or may have ended (wrap-up after the
     * end); runs on the session's owner thread, so that it never falls between the session being
     * closed and its end being recorded.
     */
    @FunctionalInterface
    public interface SessionThreadHandler<M extends Message> {
        /** @param open the session if it is still open, whoever's it is; the handler checks */
        void handle(Inbound<M> in, Optional<Session> open);
    }

    /** One row: exactly one of the three handlers is set. */
    public record Route<M extends Message>(ConnectionHandler<M> onConnection, SessionHandler<M> inSession,
                                           SessionThreadHandler<M> onSessionThread) {
    }

    private final Map<Class<? extends Message>, Route<?>> routes;

    private MessageRoutes(Map<Class<? extends Message>, Route<?>> routes) {
        this.routes = Map.copyOf(routes);
    }

    @SuppressWarnings("unchecked")
    public <M extends Message> Optional<Route<M>> routeOf(Class<M> type) {
        return Optional.ofNullable((Route<M>) routes.get(type));
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {

        private final Map<Class<? extends Message>, Route<?>> routes = new HashMap<>();

        public <M extends Message> Builder onConnection(Class<M> type, ConnectionHandler<M> handler) {
            return add(type, new Route<>(handler, null, null));
        }

        public <M extends Message> Builder inSession(Class<M> type, SessionHandler<M> handler) {
            requireSession(type);
            return add(type, new Route<>(null, handler, null));
        }

        public <M extends Message> Builder onSessionThread(Class<M> type, SessionThreadHandler<M> handler) {
            requireSession(type);
            return add(type, new Route<>(null, null, handler));
        }

        private static void requireSession(Class<? extends Message> type) {
            if (!MessageTypes.of(type).needsSession()) {
                throw new IllegalArgumentException(type.getSimpleName() + " carries no session id");
            }
        }

        private Builder add(Class<? extends Message> type, Route<?> route) {
            if (routes.put(type, route) != null) {
                throw new IllegalArgumentException("two routes for " + type.getSimpleName());
            }
            return this;
        }

        /** @throws IllegalStateException if a type a client may send has no route */
        public MessageRoutes build() {
            for (MessageTypes.Binding binding : MessageTypes.all()) {
                boolean fromClients = binding.allows(Role.KIOSK) || binding.allows(Role.EXPERT);
                if (fromClients && !routes.containsKey(binding.type())) {
                    throw new IllegalStateException("no route for client message " + binding.name());
                }
            }
            return new MessageRoutes(routes);
        }
    }
}
