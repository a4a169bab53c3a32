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
import java.time.Clock;
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
        SingleNode singleNode() {
            return new SingleNode();
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
    }
}
