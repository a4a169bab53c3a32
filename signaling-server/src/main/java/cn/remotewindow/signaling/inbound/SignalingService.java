package cn.remotewindow.signaling.inbound;

import cn.remotewindow.protocol.CloseCode;
import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.ErrorCode;
import cn.remotewindow.protocol.message.Message;
import cn.remotewindow.signaling.delivery.Connection;
import cn.remotewindow.protocol.EnvelopeCodec;
import cn.remotewindow.signaling.cluster.Ownership;
import cn.remotewindow.signaling.cluster.PartyCard;
import cn.remotewindow.signaling.cluster.Relay;
import cn.remotewindow.signaling.cluster.RelayMessage;
import cn.remotewindow.signaling.cluster.RemoteConnection;
import cn.remotewindow.signaling.cluster.SessionTask;
import cn.remotewindow.signaling.delivery.Connections;
import io.lettuce.core.RedisException;
import cn.remotewindow.signaling.party.PartyId;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import cn.remotewindow.signaling.party.Party;
import cn.remotewindow.signaling.session.Departures;
import cn.remotewindow.signaling.session.Resumption;
import cn.remotewindow.signaling.session.Owners;
import cn.remotewindow.signaling.session.Session;
import cn.remotewindow.signaling.session.SessionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the WebSocket layer hands over: connections arriving and leaving, and typed messages
 * from authenticated parties. Session messages are checked for membership and run on the
 * session's owner thread; a handler failure answers INTERNAL_ERROR and touches nothing else.
 */
public final class SignalingService implements Signaling {

    private static final Logger log = LoggerFactory.getLogger(SignalingService.class);

    private final MessageRoutes routes;
    private final Connections connections;
    private final Ownership ownership;
    private final Relay relay;
    private final EnvelopeCodec codec;
    private final SessionStore store;
    private final Owners owners;
    private final Resumption resumption;
    private final Departures departures;
    private final Function<PartyId, Executor> partyWork;

    /**
     * @param partyWork where a party's arrival, departure and messages are handled, in the order
     *                  they came: on the I/O loop that read them (a node alone), or on the party's
     *                  own lane when that work waits on Redis (several nodes)
     */
    public SignalingService(MessageRoutes routes, Connections connections, Ownership ownership, Relay relay,
                            EnvelopeCodec codec, SessionStore store, Owners owners, Resumption resumption,
                            Departures departures, Function<PartyId, Executor> partyWork) {
        this.partyWork = partyWork;
        this.routes = routes;
        this.connections = connections;
        this.ownership = ownership;
        this.relay = relay;
        this.codec = codec;
        this.store = store;
        this.owners = owners;
        this.resumption = resumption;
        this.departures = departures;
    }

    /**
     * An authenticated connection. A newer connection of the same party replaces the older one,
     * as if the old one dropped and the party came straight back: its session resumes.
     */
    @Override
    public void connected(Connection connection, String resume) {
        connections.register(connection).ifPresent(previous -> {
            log.info("{} connected again; closing the previous connection", connection.party().partyId());
            previous.close(CloseCode.SUPERSEDED);
            partyWork(connection).execute(() ->
                    sharedStateAllowing(() -> departures.left(previous.party()), "a replaced connection", previous));
        });
        partyWork(connection).execute(() ->
                sharedStateAllowing(() -> resumption.arrived(connection.party(), resume), "a new connection", connection));
    }

    @Override
    public void disconnected(Connection connection) {
        if (connections.unregister(connection)) {
            partyWork(connection).execute(() ->
                    sharedStateAllowing(() -> departures.left(connection.party()), "a closed connection", connection));
        }
    }

    private Executor partyWork(Connection connection) {
        return partyWork.apply(connection.party().partyId());
    }

    /**
     * Several nodes: with Redis unreachable a party's arrival or departure cannot be settled with
     * the other nodes. It is logged; the node settles it when Redis is back (ClusterRecovery).
     */
    private static void sharedStateAllowing(Runnable work, String what, Connection connection) {
        try {
            work.run();
        } catch (RedisException e) {
            log.warn("{} of {} not settled: redis unreachable ({})", what, connection.party().partyId(),
                    e.getMessage());
        }
    }

    @Override
    public void received(Connection connection, Envelope envelope) {
        partyWork(connection).execute(() -> dispatch(connection, envelope, envelope.body()));
    }

    /**
     * A message a party sent over its connection on another node for a session owned here. Owner
     * thread. The answers go back wherever the party is connected.
     */
    public void relayed(SessionTask.PartyMessage task) {
        Party from = task.from().party();
        Envelope envelope;
        try {
            envelope = codec.decode(task.envelope(), from.role());
        } catch (RuntimeException e) {
            log.warn("a relayed message from {} could not be read", from.partyId(), e);
            return;
        }
        Inbound<?> in = inbound(new RemoteConnection(from, connections), envelope, envelope.body());
        routes.routeOf(in.message().getClass()).ifPresent(route -> handleOnSessionThread(route, in));
    }

    private <M extends Message> void dispatch(Connection connection, Envelope envelope, M message) {
        Inbound<M> in = inbound(connection, envelope, message);
        @SuppressWarnings("unchecked")
        MessageRoutes.Route<M> route = routes.routeOf((Class<M>) message.getClass()).orElse(null);
        if (route == null) {
            in.fail(ErrorCode.ROLE_NOT_ALLOWED, "the server does not accept " + envelope.type());
            return;
        }
        if (route.onConnection() != null) {
            guarded(in, () -> route.onConnection().handle(in));
            return;
        }
        String sessionId = in.sessionId();
        Optional<String> owner = ownership.elsewhere(sessionId);
        if (owner.isPresent()) {
            relay.send(owner.get(), new RelayMessage.ForSession(new SessionTask.PartyMessage(sessionId,
                    PartyCard.of(in.from()), codec.encode(envelope), 0)));
            return;
        }
        owners.ofSession(sessionId).execute(() -> {
            ownership.adoptIfOrphaned(sessionId);
            handleOnSessionThread(route, in);
        });
    }

    private static <M extends Message> Inbound<M> inbound(Connection connection, Envelope envelope, M message) {
        return new Inbound<>(connection.party(), connection, envelope.id(), envelope.sessionId(), message);
    }

    @SuppressWarnings("unchecked")
    private <M extends Message> void handleOnSessionThread(MessageRoutes.Route<?> anyRoute, Inbound<M> in) {
        MessageRoutes.Route<M> route = (MessageRoutes.Route<M>) anyRoute;
        if (route.onSessionThread() != null) {
            guarded(in, () -> route.onSessionThread().handle(in, store.get(in.sessionId())));
            return;
        }
        if (route.inSession() == null) {
            in.fail(ErrorCode.ROLE_NOT_ALLOWED, "the server does not accept this here");
            return;
        }
        guarded(in, () -> {
            Session session = store.get(in.sessionId()).filter(s -> isParty(in.from(), s)).orElse(null);
            if (session == null) {
                in.fail(ErrorCode.NOT_IN_SESSION);
                return;
            }
            route.inSession().handle(in, session);
        });
    }

    private static boolean isParty(Party party, Session session) {
        return session.hasParty(party);
    }

    private static void guarded(Inbound<?> in, Runnable handling) {
        try {
            handling.run();
        } catch (RedisException e) {
            // Like INTERNAL_ERROR it may be partly applied; the code tells the client to try again soon.
            log.warn("handling {} from {}: redis unreachable ({})", in.message().getClass().getSimpleName(),
                    in.from().partyId(), e.getMessage());
            in.fail(ErrorCode.SERVICE_UNAVAILABLE);
        } catch (RuntimeException e) {
            log.error("handling {} from {} failed", in.message().getClass().getSimpleName(), in.from().partyId(), e);
            in.fail(ErrorCode.INTERNAL_ERROR);
        }
    }
}
