package cn.remotewindow.signaling.api.cluster;

import cn.remotewindow.signaling.api.admin.AdminRefused;
import cn.remotewindow.signaling.cluster.ClusterAdmin;
import cn.remotewindow.signaling.cluster.ClusterStatus;
import cn.remotewindow.signaling.cluster.DrainReport;
import cn.remotewindow.signaling.record.audit.AuditLog;
import java.time.Clock;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The operators' view of the nodes, from the node asked (ADMIN only): which nodes are alive and
 * which drain, and draining this node before maintenance. A drain is an audit entry.
 */
@RestController
@RequestMapping("/api/admin/cluster")
public class ClusterController {

    private final ClusterAdmin cluster;
    private final AuditLog audit;
    private final Clock clock;

    public ClusterController(ClusterAdmin cluster, AuditLog audit, Clock clock) {
        this.cluster = cluster;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping
    public Mono<ClusterStatus> status() {
        return Mono.fromCallable(cluster::status).subscribeOn(Schedulers.boundedElastic());
    }

    @PostMapping("/drain")
    public Mono<DrainReport> drain(@AuthenticationPrincipal Jwt token) {
        return Mono.fromCallable(() -> {
            DrainReport report;
            try {
                report = cluster.drain();
            } catch (ClusterAdmin.NothingToDrainTo e) {
                throw new AdminRefused(HttpStatus.CONFLICT, "NOTHING_TO_DRAIN_TO", e.getMessage());
            }
            audit.append(clock.instant(), "ADMIN:" + token.getSubject(), "ADMIN_NODE_DRAINED", report.node(),
                    "sessions=" + report.handedOver() + " to=" + report.to() + " parties=" + report.disconnected());
            return report;
        }).subscribeOn(Schedulers.boundedElastic());
    }
}
