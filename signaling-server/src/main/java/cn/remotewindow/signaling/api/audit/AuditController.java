package cn.remotewindow.signaling.api.audit;

import java.util.concurrent.Callable;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The audit log for auditors (ADMIN only, see ApiSecurityConfiguration): its entries page by page,
 * and the check of the whole chain. Every answer is {@code no-store}; every call is itself logged.
 */
@RestController
@RequestMapping("/api/admin/audit")
public class AuditController {

    private final AuditDesk desk;

    public AuditController(AuditDesk desk) {
        this.desk = desk;
    }

    /** {@code from} absent: the newest entries. Numbers are read as text so that a bad one answers BAD_QUERY. */
    @GetMapping
    public Mono<ResponseEntity<AuditPage>> entries(@AuthenticationPrincipal Jwt token,
                                                   @RequestParam(required = false) String from,
                                                   @RequestParam(required = false) String limit) {
        return Mono.fromCallable(() -> AuditQuery.parse(from, limit))
                .flatMap(query -> blocking(() -> desk.read(token.getSubject(), query)));
    }

    @GetMapping("/verify")
    public Mono<ResponseEntity<ChainStatus>> verify(@AuthenticationPrincipal Jwt token) {
        return blocking(() -> desk.verify(token.getSubject()));
    }

    private static <T> Mono<ResponseEntity<T>> blocking(Callable<T> read) {
        return Mono.fromCallable(read)
                .map(body -> ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body))
                .subscribeOn(Schedulers.boundedElastic());
    }
}
