package cn.remotewindow.signaling.config;

import cn.remotewindow.protocol.EnvelopeCodec;
import cn.remotewindow.protocol.message.Auth;
import cn.remotewindow.protocol.message.Chat;
import cn.remotewindow.protocol.message.IceCandidate;
import cn.remotewindow.protocol.message.IceRestart;
import cn.remotewindow.protocol.message.MediaState;
import cn.remotewindow.protocol.message.OutcomeSubmit;
import cn.remotewindow.protocol.message.PeerConnected;
import cn.remotewindow.protocol.message.PresenceSet;
import cn.remotewindow.protocol.message.RatingSubmit;
import cn.remotewindow.protocol.message.RingAccept;
import cn.remotewindow.protocol.message.RingDecline;
import cn.remotewindow.protocol.message.SdpAnswer;
import cn.remotewindow.protocol.message.SdpOffer;
import cn.remotewindow.protocol.message.ServiceCancel;
import cn.remotewindow.protocol.message.ServiceRequest;
import cn.remotewindow.protocol.message.SessionEnd;
import cn.remotewindow.protocol.message.SessionInvite;
import cn.remotewindow.protocol.message.SessionTransfer;
import cn.remotewindow.protocol.ErrorCode;
import cn.remotewindow.signaling.auth.InMemoryTicketLedger;
import cn.remotewindow.signaling.auth.JwtKey;
import cn.remotewindow.signaling.auth.SignalingTickets;
import cn.remotewindow.signaling.auth.TicketLedger;
import cn.remotewindow.signaling.cluster.ClusterNode;
import cn.remotewindow.signaling.cluster.ClusterTasks;
import cn.remotewindow.signaling.cluster.Ownership;
import cn.remotewindow.signaling.cluster.Relay;
import cn.remotewindow.signaling.cluster.PresenceHints;
import cn.remotewindow.signaling.cluster.SessionHandover;
import cn.remotewindow.signaling.cluster.SessionLanes;
import cn.remotewindow.signaling.cluster.SessionTask;
import cn.remotewindow.signaling.delivery.Connections;
import cn.remotewindow.signaling.delivery.LocalConnections;
import cn.remotewindow.signaling.ice.IceServers;
import cn.remotewindow.signaling.inbound.MessageRoutes;
import cn.remotewindow.signaling.inbound.SignalingService;
import cn.remotewindow.signaling.presence.PresenceDesk;
import cn.remotewindow.signaling.presence.PresenceReporter;
import cn.remotewindow.signaling.record.SessionRecorder;
import cn.remotewindow.signaling.routing.Dispatch;
import cn.remotewindow.signaling.routing.InMemoryDispatch;
import cn.remotewindow.signaling.routing.WaitEstimator;
import cn.remotewindow.signaling.session.CallRelay;
import cn.remotewindow.signaling.session.CallSetup;
import cn.remotewindow.signaling.session.Departures;
import cn.remotewindow.signaling.session.EndedSessions;
import cn.remotewindow.signaling.session.GuestDepartures;
import cn.remotewindow.signaling.session.Invitations;
import cn.remotewindow.signaling.session.InMemoryEndedSessions;
import cn.remotewindow.signaling.session.InterruptedSessions;
import cn.remotewindow.signaling.session.OutcomeDesk;
import cn.remotewindow.signaling.session.RatingDesk;
import cn.remotewindow.signaling.session.Resumption;
import cn.remotewindow.signaling.session.InMemorySessionStore;
import cn.remotewindow.signaling.session.Journal;
import cn.remotewindow.signaling.session.Owners;
import cn.remotewindow.signaling.session.Pairing;
import cn.remotewindow.signaling.session.QueueReporter;
import cn.remotewindow.signaling.session.ServiceDesk;
import cn.remotewindow.signaling.session.SessionCloser;
import cn.remotewindow.signaling.verification.IdentityDesk;
import cn.remotewindow.protocol.message.VerifyConsent;
import cn.remotewindow.protocol.message.VerifyProblem;
import cn.remotewindow.protocol.message.VerifyReview;
import cn.remotewindow.protocol.message.VerifyStart;
import cn.remotewindow.signaling.session.SessionShutdown;
import cn.remotewindow.signaling.session.SessionStore;
import cn.remotewindow.signaling.session.SessionThreads;
import cn.remotewindow.signaling.session.WaitingPicture;
import cn.remotewindow.signaling.session.Transfers;
import cn.remotewindow.signaling.ws.SignalingServer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultEventExecutorGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the real-time plane. Shared-state holders are chosen in ClusterConfiguration; callers see only interfaces. */
@Configuration(proxyBeanMethods = false)
public class RealtimeConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    JwtKey jwtKey(WindowProperties properties) {
        return JwtKey.from(properties.auth());
    }

    @Bean
    SignalingTickets signalingTickets(JwtKey key, WindowProperties properties, TicketLedger ledger, Clock clock) {
        return new SignalingTickets(key, properties.auth().issuer(), properties.auth().ticketTtl(), ledger, clock);
    }

    @Bean
    IceServers iceServers(WindowProperties properties, Clock clock) {
        return new IceServers(properties.ice(), clock);
    }

    @Bean
    EnvelopeCodec envelopeCodec() {
        return new EnvelopeCodec();
    }

    /** The WebSocket I/O event loops; they also own the sessions (see {@link Owners}). */
    @Bean(destroyMethod = "shutdownGracefully")
    EventLoopGroup signalingLoops(WindowProperties properties) {
        int threads = properties.signaling().ioThreads();
        return new MultiThreadIoEventLoopGroup(threads > 0 ? threads : Runtime.getRuntime().availableProcessors(),
                new DefaultThreadFactory("signal-io"), NioIoHandler.newFactory());
    }

    /**
     * The threads that own the sessions. A node alone: the I/O event loops themselves (no hand-off,
     * nothing waits). Several nodes: threads of their own, because session work then waits on Redis
     * (the dispatch's scripts), and an I/O loop that waits stalls every connection it reads.
     */
    @Bean(destroyMethod = "close")
    SessionThreads sessionThreads(EventLoopGroup signalingLoops, WindowProperties properties) {
        if (properties.cluster().mode() == WindowProperties.ClusterMode.LOCAL) {
            return new SessionThreads(signalingLoops, false);
        }
        return new SessionThreads(new DefaultEventExecutorGroup(properties.cluster().sessionThreads(),
                new DefaultThreadFactory("session")), true);
    }

    @Bean
    Owners owners(SessionThreads sessionThreads) {
        return new Owners(sessionThreads.group());
    }

    @Bean
    LocalConnections localConnections() {
        return new LocalConnections();
    }

    @Bean
    WaitEstimator waitEstimator(WindowProperties properties) {
        return new WaitEstimator(properties.routing().assumedHandleTime(), properties.routing().handleTimeSamples());
    }

    @Bean
    Journal journal(SessionRecorder recorder, Clock clock) {
        return new Journal(recorder, clock);
    }

    @Bean
    PresenceReporter presenceReporter(Dispatch dispatch, Owners owners, Connections connections, Relay relay,
                                      QueueReporter queueReporter) {
        return new PresenceReporter(dispatch, owners, connections, relay, queueReporter);
    }

    @Bean
    WaitingPicture waitingPicture(Dispatch dispatch, SessionStore store, Owners owners, LocalConnections connections,
                                  Clock clock) {
        return new WaitingPicture(dispatch, store, owners, connections, clock);
    }

    @Bean
    QueueReporter queueReporter(Dispatch dispatch, SessionStore store, Owners owners, Connections connections,
                                WaitEstimator estimator, WaitingPicture waitingPicture, Relay relay,
                                WindowProperties properties) {
        return new QueueReporter(dispatch, store, owners, connections, estimator, waitingPicture, relay,
                properties.routing().queueReportInterval());
    }

    @Bean
    Pairing pairing(SessionStore store, Dispatch dispatch, Owners owners, SessionLanes lanes, Connections connections,
                    Journal journal, QueueReporter queueReporter, PresenceReporter presenceReporter,
                    WindowProperties properties, Clock clock) {
        return new Pairing(store, dispatch, owners, lanes, connections, journal, queueReporter, presenceReporter,
                properties.routing().ringTimeout(), clock);
    }

    @Bean
    SessionCloser sessionCloser(SessionStore store, Dispatch dispatch, Connections connections, Journal journal,
                                Pairing pairing, QueueReporter queueReporter, WaitEstimator estimator,
                                EndedSessions endedSessions, Clock clock, IdentityDesk identityDesk,
                                cn.remotewindow.signaling.casefile.CaseDesk caseDesk) {
        return new SessionCloser(store, dispatch, connections, journal, pairing, queueReporter, estimator,
                endedSessions, clock, sessionId -> {
                    identityDesk.sessionEnded(sessionId);
                    caseDesk.sessionEnded(sessionId);
                });
    }

    /**
     * Before the signaling plane starts (SmartLifecycle, later): sessions the previous run left open
     * are ended in the records and offered for wrap-up.
     */
    @Bean
    org.springframework.beans.factory.SmartInitializingSingleton interruptedSessions(
            cn.remotewindow.signaling.record.SessionRecords records, SessionRecorder recorder,
            EndedSessions endedSessions, Clock clock, Ownership ownership) {
        InterruptedSessions interrupted = new InterruptedSessions(records, recorder, endedSessions, clock, ownership);
        return () -> interrupted.endAll();
    }

    @Bean
    RatingDesk ratingDesk(EndedSessions endedSessions, Journal journal) {
        return new RatingDesk(endedSessions, journal);
    }

    @Bean
    OutcomeDesk outcomeDesk(EndedSessions endedSessions, Journal journal, Owners owners, SessionStore store,
                            cn.remotewindow.signaling.casefile.CaseDesk caseDesk) {
        // The closing summary tells the outcome: the open session's case file keeps the latest stored one.
        return new OutcomeDesk(endedSessions, journal, (sessionId, request, outcome) -> owners.ofSession(sessionId)
                .execute(() -> {
                    if (store.get(sessionId).isPresent()) {
                        caseDesk.outcomeRecorded(sessionId, request, outcome);
                    }
                }));
    }

    @Bean
    Resumption resumption(SessionStore store, Dispatch dispatch, SessionLanes lanes, ClusterNode node,
                          Connections connections, IceServers iceServers, QueueReporter queueReporter,
                          EndedSessions endedSessions, PresenceDesk presenceDesk, PresenceReporter presenceReporter,
                          WaitingPicture waitingPicture, PresenceHints presenceHints) {
        return new Resumption(store, dispatch, lanes, node.id(), connections, iceServers, queueReporter, endedSessions,
                presenceDesk, presenceReporter, waitingPicture, presenceHints);
    }

    @Bean
    ServiceDesk serviceDesk(SessionStore store, Dispatch dispatch, Owners owners, Journal journal, Pairing pairing,
                            SessionCloser closer, Clock clock) {
        return new ServiceDesk(store, dispatch, owners, journal, pairing, closer, clock);
    }

    @Bean
    CallSetup callSetup(SessionStore store, Dispatch dispatch, Owners owners, Connections connections,
                        Journal journal, Pairing pairing, SessionCloser closer, Invitations invitations,
                        PresenceReporter presenceReporter, IceServers iceServers, WindowProperties properties,
                        Clock clock) {
        return new CallSetup(store, dispatch, owners, connections, journal, pairing, closer, invitations,
                presenceReporter, iceServers, properties.routing().connectTimeout(), clock);
    }

    @Bean
    Invitations invitations(SessionStore store, Dispatch dispatch, Owners owners, Connections connections,
                            Journal journal, Pairing pairing, PresenceReporter presenceReporter, IceServers iceServers,
                            WindowProperties properties, Clock clock) {
        return new Invitations(store, dispatch, owners, connections, journal, pairing, presenceReporter, iceServers,
                properties.routing().ringTimeout(), clock);
    }

    @Bean
    GuestDepartures guestDepartures(SessionStore store, Dispatch dispatch, Connections connections,
                                    Journal journal, Pairing pairing) {
        return new GuestDepartures(store, dispatch, connections, journal, pairing);
    }

    @Bean
    Transfers transfers(SessionStore store, Dispatch dispatch, Connections connections, Journal journal,
                        Pairing pairing, QueueReporter queueReporter, WaitEstimator estimator, Clock clock) {
        return new Transfers(store, dispatch, connections, journal, pairing, queueReporter, estimator, clock);
    }

    @Bean
    CallRelay callRelay(SessionStore store, Connections connections, Journal journal, SessionCloser closer,
                        GuestDepartures guestDepartures, Clock clock) {
        return new CallRelay(store, connections, journal, closer, guestDepartures, clock);
    }

    @Bean
    SessionShutdown sessionShutdown(SessionStore store, Owners owners, SessionCloser closer, Dispatch dispatch,
                                    SignalingServer server, SessionHandover handover, LocalConnections connections) {
        return new SessionShutdown(store, owners, closer, dispatch, server::stopAccepting, handover, connections);
    }

    @Bean
    PresenceDesk presenceDesk(Dispatch dispatch, Pairing pairing, PresenceReporter presenceReporter,
                              QueueReporter queueReporter, WaitingPicture waitingPicture) {
        return new PresenceDesk(dispatch, pairing, presenceReporter, queueReporter, waitingPicture);
    }

    @Bean
    Departures departures(SessionStore store, Dispatch dispatch, Owners owners, Connections connections,
                          SessionLanes lanes, ClusterNode node, Pairing pairing, SessionCloser closer,
                          GuestDepartures guestDepartures, PresenceReporter presenceReporter,
                          QueueReporter queueReporter, WindowProperties properties, Clock clock) {
        return new Departures(store, dispatch, owners, connections, lanes, node.id(), pairing, closer, guestDepartures,
                presenceReporter, queueReporter, properties.routing().resumeGrace(), clock);
    }

    @Bean
    MessageRoutes messageRoutes(ServiceDesk serviceDesk, CallSetup callSetup, CallRelay callRelay,
                                PresenceDesk presenceDesk, RatingDesk ratingDesk, OutcomeDesk outcomeDesk,
                                Transfers transfers, Invitations invitations, IdentityDesk identityDesk,
                                cn.remotewindow.signaling.casefile.CaseDesk caseDesk) {
        return MessageRoutes.builder()
                .onConnection(Auth.class, in -> in.fail(ErrorCode.ALREADY_AUTHENTICATED))
                .onConnection(PresenceSet.class, presenceDesk::set)
                .onConnection(ServiceRequest.class, serviceDesk::request)
                .inSession(ServiceCancel.class, serviceDesk::cancel)
                .inSession(RingAccept.class, callSetup::accept)
                .inSession(RingDecline.class, callSetup::decline)
                .inSession(SdpOffer.class, callRelay::offer)
                .inSession(SdpAnswer.class, callRelay::answer)
                .inSession(IceCandidate.class, callRelay::candidate)
                .inSession(IceRestart.class, callRelay::iceRestart)
                .inSession(MediaState.class, callRelay::mediaState)
                .inSession(Chat.class, callRelay::chat)
                .inSession(PeerConnected.class, callRelay::connected)
                .inSession(SessionEnd.class, callRelay::end)
                .inSession(SessionTransfer.class, transfers::transfer)
                .inSession(SessionInvite.class, invitations::invite)
                // Rating comes after the end, when the session is no longer open: not a session route.
                .onConnection(RatingSubmit.class, ratingDesk::rate)
                // During the call or after its end (wrap-up): on the session's thread, open or not.
                .onSessionThread(OutcomeSubmit.class, outcomeDesk::record)
                .inSession(VerifyStart.class, identityDesk::start)
                .inSession(VerifyConsent.class, identityDesk::consent)
                .inSession(VerifyProblem.class, identityDesk::problem)
                .inSession(VerifyReview.class, identityDesk::review)
                .inSession(cn.remotewindow.protocol.message.MaterialsMark.class, caseDesk::mark)
                .inSession(cn.remotewindow.protocol.message.DocumentRequest.class, caseDesk::requestDocument)
                .inSession(cn.remotewindow.protocol.message.DocumentProblem.class, caseDesk::problem)
                .inSession(cn.remotewindow.protocol.message.DocumentReview.class, caseDesk::review)
                .inSession(cn.remotewindow.protocol.message.ClosingRequest.class, caseDesk::close)
                .build();
    }

    @Bean
    SignalingService signalingService(MessageRoutes routes, Connections connections, Ownership ownership, Relay relay,
                                      EnvelopeCodec codec, SessionStore store, Owners owners, Resumption resumption,
                                      Departures departures, SessionThreads sessionThreads) {
        // Alone: inline on the I/O loop, as fast as it gets; several nodes: off it (see sessionThreads).
        java.util.function.Function<cn.remotewindow.signaling.party.PartyId, java.util.concurrent.Executor> partyWork =
                sessionThreads.ownGroup() ? owners::ofParty : party -> Runnable::run;
        return new SignalingService(routes, connections, ownership, relay, codec, store, owners, resumption,
                departures, partyWork);
    }

    /** Who handles each kind of session task on the session's owner thread (filled once everything exists). */
    @Bean
    ClusterTasks clusterTasks() {
        return new ClusterTasks();
    }

    @Bean
    SessionLanes sessionLanes(Ownership ownership, Relay relay, Owners owners, ClusterTasks tasks) {
        return new SessionLanes(ownership, relay, owners, tasks);
    }

    @Bean
    org.springframework.beans.factory.SmartInitializingSingleton sessionTaskHandlers(
            ClusterTasks tasks, SignalingService signaling, Departures departures, Resumption resumption,
            Pairing pairing) {
        return () -> tasks
                .on(SessionTask.PartyMessage.class, signaling::relayed)
                .on(SessionTask.PartyAway.class, departures::away)
                .on(SessionTask.ExpertGone.class, departures::gone)
                .on(SessionTask.PartyBack.class, resumption::resume)
                .on(SessionTask.Claimed.class, pairing::claimed)
                .checkComplete();
    }

    @Bean
    SignalingServer signalingServer(WindowProperties properties, SignalingTickets tickets, SignalingService service,
                                    LocalConnections connections, EnvelopeCodec codec, Clock clock,
                                    EventLoopGroup signalingLoops) {
        return new SignalingServer(properties.signaling(), tickets, service, connections, codec, clock,
                signalingLoops);
    }
}
