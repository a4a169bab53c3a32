package cn.remotewindow.signaling.config;

import cn.remotewindow.signaling.api.audit.AuditDesk;
import cn.remotewindow.signaling.record.audit.AuditLog;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The auditors' access to the audit log. The log itself is the records store's
 * ({@link RecordsConfiguration}): there is exactly one chain per database.
 */
@Configuration(proxyBeanMethods = false)
public class AuditConfiguration {

    @Bean
    AuditDesk auditDesk(AuditLog log, Clock clock) {
        return new AuditDesk(log, clock);
    }
}
