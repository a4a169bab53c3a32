package cn.remotewindow.signaling.config;

import cn.remotewindow.signaling.api.catalogue.CatalogueImports;
import cn.remotewindow.signaling.catalogue.CatalogueSharing;
import cn.remotewindow.signaling.catalogue.RunningCatalogue;
import cn.remotewindow.signaling.catalogue.SkillCheck;
import cn.remotewindow.signaling.catalogue.StartUpCatalogue;
import cn.remotewindow.signaling.record.audit.AuditLog;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service-item catalogue: loaded from window.catalogue.file (or the demo) when the node starts,
 * which fails on a file with problems; the experts' skills checked against it; admins' imports.
 * Each node loads its own file; an import on one node reaches the others when several share Redis
 * (CatalogueSharing, docs/catalogue.md).
 */
@Configuration(proxyBeanMethods = false)
public class CatalogueConfiguration {

    @Bean
    RunningCatalogue runningCatalogue(WindowProperties properties, Clock clock) {
        RunningCatalogue running = new RunningCatalogue(StartUpCatalogue.load(properties.catalogue(), clock.instant()));
        SkillCheck.warn(running.catalogue(), SkillCheck.skillsOf(properties));
        return running;
    }

    @Bean
    CatalogueImports catalogueImports(RunningCatalogue running, AuditLog audit, Clock clock, WindowProperties properties,
                                      CatalogueSharing sharing) {
        return new CatalogueImports(running, audit, clock, SkillCheck.skillsOf(properties), sharing);
    }
}
