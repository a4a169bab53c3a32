package cn.remotewindow.signaling.config;

import cn.remotewindow.signaling.auth.InMemoryTicketLedger;
import cn.remotewindow.signaling.auth.TicketLedger;
import cn.remotewindow.signaling.cluster.ClusterNode;
import cn.remotewindow.signaling.cluster.SingleNode;
import cn.remotewindow.signaling.routing.Dispatch;
import cn.remotewindow.signaling.routing.InMemoryDispatch;
import cn.remotewindow.signaling.session.EndedSessions;
import cn.remotewindow.signaling.session.InMemoryEndedSessions;
import cn.remotewindow.signaling.session.InMemorySessionStore;
import cn.remotewindow.signaling.session.SessionStore;
import cn.remotewindow.protocol.EnvelopeCodec;
import cn.remotewindow.signaling.auth.RedisTicketLedger;
import cn.remotewindow.signaling.cluster.ClusterJson;
import cn.remotewindow.signaling.cluster.LocalHttpAddress;
import cn.remotewindow.signaling.cluster.SessionLanes;
import cn.remotewindow.signaling.cluster.redis.ClusterKeys;
import cn.remotewindow.signaling.cluster.redis.ClusterRecovery;
import cn.remotewindow.signaling.catalogue.CatalogueSharing;
import cn.remotewindow.signaling.catalogue.RunningCatalogue;
import cn.remotewindow.signaling.cluster.redis.NodeDrain;
import cn.remotewindow.signaling.cluster.redis.RedisCatalogueSharing;
import cn.remotewindow.signaling.cluster.redis.NodeLoss;
import cn.remotewindow.signaling.cluster.redis.RedisPresenceHints;
import cn.remotewindow.signaling.ws.SignalingServer;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import cn.remotewindow.signaling.cluster.redis.RedisConnections;
import cn.remotewindow.signaling.cluster.redis.RedisEndedSessions;
import cn.remotewindow.signaling.cluster.redis.RedisLink;
import cn.remotewindow.signaling.cluster.redis.RedisNodeRegistry;
import cn.remotewindow.signaling.cluster.redis.RedisOwnership;
import cn.remotewindow.signaling.cluster.redis.RedisRelay;
import cn.remotewindow.signaling.cluster.redis.RedisHttpAddresses;
import cn.remotewindow.signaling.cluster.redis.RedisSessionStore;
import cn.remotewindow.signaling.cluster.redis.RedisVerificationPlaces;
import cn.remotewindow.signaling.cluster.redis.RelayInbox;
import cn.remotewindow.signaling.cluster.redis.SessionTakeover;
import cn.remotewindow.signaling.delivery.LocalConnections;
import cn.remotewindow.signaling.presence.PresenceReporter;
import cn.remotewindow.signaling.routing.redis.RedisDispatch;
import cn.remotewindow.signaling.session.CallSetup;
import cn.remotewindow.signaling.session.CarriedOver;
import cn.remotewindow.signaling.session.Departures;
import cn.remotewindow.signaling.session.Invitations;
import cn.remotewindow.signaling.session.Owners;
import cn.remotewindow.signaling.session.Pairing;
import cn.remotewindow.signaling.session.QueueReporter;
import cn.remotewindow.signaling.session.Resumption;
import cn.remotewindow.signaling.api.verifications.EvidenceReception;
import cn.remotewindow.signaling.api.verifications.ForwardingEvidenceReception;
import cn.remotewindow.signaling.api.verifications.LocalEvidenceReception;
import cn.remotewindow.signaling.verification.EvidenceIntake;
import cn.remotewindow.signaling.verification.InMemoryVerificationPlaces;
import cn.remotewindow.signaling.verification.VerificationPlaces;
import java.time.Clock;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.web.server.reactive.context.ReactiveWebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.context.annotation.Primary;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The holders of live state that nodes share, chosen once by window.cluster.mode: in memory for a
 * node alone (the default), in Redis for several (docs/cluster.md).
 */
@Configuration(proxyBeanMethods = false)
public class ClusterConfiguration {

    @Bean
    ClusterNode clusterNode(WindowProperties properties) {
        return ClusterNode.named(properties.cluster().nodeId());
    }

    /** One node: presence, queues, sessions and ticket uses in this process. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "window.cluster.mode", havingValue = "local", matchIfMissing = true)
    static class Alone {

        @Bean
        SingleNode singleNode(ClusterNode node, SessionStore store, LocalConnections connections) {
            return new SingleNode(node, store, connections);
        }

        @Bean
        Dispatch dispatch() {
            return new InMemoryDispatch();
        }

        @Bean
        SessionStore sessionStore() {
            return new InMemorySessionStore();
        }

        @Bean
        TicketLedger ticketLedger(Clock clock) {
            return new InMemoryTicketLedger(clock);
        }

        @Bean
        EndedSessions endedSessions(WindowProperties properties, Clock clock) {
            return new InMemoryEndedSessions(properties.routing().ratingWindow(), clock);
        }

        @Bean
        VerificationPlaces verificationPlaces(ClusterNode node, Clock clock) {
            return new InMemoryVerificationPlaces(node.id(), clock);
        }

        @Bean
        EvidenceReception evidenceReception(EvidenceIntake intake) {
            return new LocalEvidenceReception(intake);
        }

        @Bean
        cn.remotewindow.signaling.api.casefile.CaseFileRouting caseFileRouting() {
            return cn.remotewindow.signaling.api.casefile.CaseFileRouting.HERE;
        }

        @Bean
        CatalogueSharing catalogueSharing() {
            return CatalogueSharing.ALONE;
        }
    }

    /** Several nodes: everything they share lives in Redis; each node keeps what is its own in memory. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "window.cluster.mode", havingValue = "redis")
    static class Shared {

        @Bean(destroyMethod = "close")
        RedisLink redisLink(WindowProperties properties) {
            return new RedisLink(properties.cluster().redisUrl(), properties.cluster().commandTimeout());
        }

        @Bean
        ClusterKeys clusterKeys(WindowProperties properties) {
            return new ClusterKeys(properties.cluster().keyPrefix());
        }

        @Bean
        ClusterJson clusterJson(EnvelopeCodec codec) {
            return new ClusterJson(codec);
        }

        @Bean(destroyMethod = "close")
        RedisNodeRegistry nodeRegistry(RedisLink redis, ClusterKeys keys, ClusterNode node, ClusterJson json,
                                       WindowProperties properties, Clock clock) {
            return new RedisNodeRegistry(redis, keys, node, json, properties.cluster().keepAlive(),
                    properties.cluster().nodeTtl(), clock);
        }

        @Bean
        RedisRelay relay(RedisLink redis, ClusterKeys keys, ClusterNode node, ClusterJson json) {
            return new RedisRelay(redis, keys, node, json);
        }

        @Bean
        @Primary
        RedisConnections connections(LocalConnections local, RedisLink redis, ClusterKeys keys, ClusterNode node,
                                     ClusterJson json, EnvelopeCodec codec, RedisNodeRegistry nodes, RedisRelay relay,
                                     Clock clock) {
            return new RedisConnections(local, redis, keys, node, json, codec, nodes, relay, clock);
        }

        @Bean
        RedisSessionStore sessionStore(RedisLink redis, ClusterKeys keys, ClusterNode node, ClusterJson json,
                                       RedisRelay relay, Owners owners) {
            return new RedisSessionStore(redis, keys, node, json, relay, owners);
        }

        @Bean
        RedisOwnership ownership(RedisSessionStore store, RedisNodeRegistry nodes, ClusterNode node, RedisRelay relay) {
            return new RedisOwnership(store, nodes, node, relay);
        }

        @Bean
        RedisDispatch dispatch(RedisLink redis, WindowProperties properties) {
            return new RedisDispatch(redis, properties.cluster().keyPrefix());
        }

        @Bean
        TicketLedger ticketLedger(RedisLink redis, WindowProperties properties) {
            return new RedisTicketLedger(redis, properties.cluster().keyPrefix());
        }

        @Bean
        EndedSessions endedSessions(RedisLink redis, ClusterJson json, WindowProperties properties, Clock clock) {
            return new RedisEndedSessions(redis, json, properties.cluster().keyPrefix(),
                    properties.routing().ratingWindow(), clock);
        }

        @Bean
        RedisVerificationPlaces verificationPlaces(RedisLink redis, ClusterNode node, WindowProperties properties,
                                                   Clock clock) {
            return new RedisVerificationPlaces(new InMemoryVerificationPlaces(node.id(), clock), redis,
                    properties.cluster().keyPrefix(), node, clock);
        }

        @Bean(destroyMethod = "close")
        RedisHttpAddresses httpAddresses(RedisLink redis, ClusterNode node, WindowProperties properties) {
            return new RedisHttpAddresses(redis, properties.cluster().keyPrefix(), node,
                    properties.cluster().keepAlive(), properties.cluster().nodeTtl());
        }

        /** Once the HTTP server listens (its port is known only then: server.port=0), the other nodes learn where. */
        @Bean
        ApplicationListener<ReactiveWebServerInitializedEvent> advertiseHttpAddress(RedisHttpAddresses addresses,
                                                                                    WindowProperties properties,
                                                                                    Environment environment) {
            return event -> {
                if (event.getApplicationContext().getServerNamespace() != null) {
                    return; // a management server of its own, not the API
                }
                addresses.advertise(LocalHttpAddress.of(properties.cluster().advertisedHttpUrl(),
                        environment.getProperty("server.ssl.enabled", Boolean.class, false),
                        environment.getProperty("server.address", ""), event.getWebServer().getPort()));
            };
        }

        /** Evidence for a verification another node holds is sent on to it. */
        @Bean
        EvidenceReception evidenceReception(EvidenceIntake intake, RedisVerificationPlaces places,
                                            RedisHttpAddresses addresses, ClusterNode node) {
            return new ForwardingEvidenceReception(new LocalEvidenceReception(intake), places, addresses, node);
        }

        /** A case file lives on the node that runs its session: requests about it are sent on there. */
        @Bean
        cn.remotewindow.signaling.api.casefile.CaseFileRouting caseFileRouting(RedisOwnership ownership,
                                                                              RedisHttpAddresses addresses,
                                                                              ClusterNode node) {
            return new cn.remotewindow.signaling.api.casefile.ForwardingCaseFileRouting(ownership,
                    new cn.remotewindow.signaling.cluster.NodeForwarder(addresses, node));
        }

        @Bean
        CarriedOver carriedOver(Pairing pairing, CallSetup callSetup, Invitations invitations, Departures departures) {
            return new CarriedOver(pairing, callSetup, invitations, departures);
        }

        @Bean
        RelayInbox relayInbox(LocalConnections local, RedisConnections connections, EnvelopeCodec codec,
                              SessionLanes lanes, PresenceReporter presenceReporter, QueueReporter queueReporter,
                              RedisOwnership ownership, Owners owners, RedisRelay relay) {
            return new RelayInbox(local, connections, codec, lanes, presenceReporter, queueReporter, ownership,
                    owners, relay);
        }

        @Bean
        RedisCatalogueSharing catalogueSharing(RedisLink redis, ClusterKeys keys, RedisRelay relay,
                                               RunningCatalogue running, ClusterNode node, Clock clock) {
            return new RedisCatalogueSharing(redis, keys, relay, running, node, clock);
        }

        @Bean
        RedisPresenceHints presenceHints(RedisLink redis, ClusterKeys keys, WindowProperties properties) {
            return new RedisPresenceHints(redis, keys, properties.routing().resumeGrace());
        }

        @Bean
        NodeDrain nodeDrain(RedisNodeRegistry registry, RedisSessionStore store, RedisRelay relay, Owners owners,
                            LocalConnections local, RedisDispatch dispatch, RedisPresenceHints hints, ClusterNode node,
                            SignalingServer server, ApplicationEventPublisher events) {
            return new NodeDrain(registry, store, relay, owners, local, dispatch, hints, node, server::stopAccepting,
                    () -> AvailabilityChangeEvent.publish(events, server, ReadinessState.REFUSING_TRAFFIC));
        }

        @Bean
        SessionTakeover sessionTakeover(CarriedOver carriedOver, Resumption resumption, QueueReporter queueReporter,
                                        RedisConnections connections, RedisNodeRegistry nodes, Clock clock,
                                        WindowProperties properties) {
            return new SessionTakeover(carriedOver, resumption, queueReporter, connections, nodes, clock,
                    properties.cluster().nodeTtl());
        }

        @Bean
        NodeLoss nodeLoss(RedisLink redis, ClusterKeys keys, ClusterNode node, RedisOwnership ownership,
                          RedisConnections connections, Departures departures, Owners owners) {
            return new NodeLoss(redis, keys, node, ownership, connections, departures, owners);
        }

        @Bean
        ClusterRecovery clusterRecovery(ClusterNode node, RedisConnections connections, RedisSessionStore store, RedisDispatch dispatch,
                                        PresenceReporter presenceReporter, QueueReporter queueReporter,
                                        Resumption resumption, Pairing pairing, Owners owners,
                                        Departures departures, RedisOwnership ownership, WindowProperties properties) {
            return new ClusterRecovery(node, connections, store, dispatch, presenceReporter,
                    queueReporter, resumption, pairing, owners, departures, ownership,
                    properties.cluster().keepAlive());
        }

        /** Once everything exists: listen to the relay, take over sessions when told, then join the cluster. */
        @Bean
        SmartInitializingSingleton joinCluster(RedisRelay relay, RelayInbox inbox, RedisOwnership ownership,
                                               SessionTakeover takeover, RedisNodeRegistry registry, NodeLoss nodeLoss,
                                               ClusterRecovery recovery, RedisVerificationPlaces verificationPlaces,
                                               RedisConnections connections, RedisCatalogueSharing catalogue) {
            return () -> {
                inbox.onCatalogueChanged(catalogue::followLater);
                relay.start(inbox);
                ownership.onAdopted(takeover);
                registry.onNodeLost(connections::nodeLost);
                registry.onNodeLost(ownership::nodeLost);
                registry.onNodeLost(nodeLoss::lost);
                registry.onRegisteredAgain(recovery::registeredAgain);
                // Only when Redis lost its memory: a node that was cut off may have lost its sessions to others.
                registry.onRegisteredAgain(renewal -> {
                    if (renewal.lost()) {
                        verificationPlaces.writeBack();
                    }
                });
                registry.start();
                catalogue.follow();
            };
        }
    }
}
