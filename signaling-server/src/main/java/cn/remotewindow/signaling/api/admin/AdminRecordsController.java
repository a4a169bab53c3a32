package cn.remotewindow.signaling.api.admin;

import cn.remotewindow.signaling.api.admin.AdminQueryParameters.CsvLanguage;
import cn.remotewindow.signaling.api.admin.AdminQueryParameters.Paging;
import cn.remotewindow.signaling.api.admin.AdminQueryParameters.SessionFilters;
import cn.remotewindow.signaling.api.admin.AdminQueryParameters.SessionSorting;
import cn.remotewindow.signaling.api.admin.AdminQueryParameters.VerificationFilters;
import cn.remotewindow.signaling.record.search.Page;
import cn.remotewindow.signaling.record.search.ServiceFigures;
import cn.remotewindow.signaling.record.search.SessionRow;
import cn.remotewindow.signaling.record.search.VerificationRow;
import io.swagger.v3.oas.annotations.Parameter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The auditors' records API (ADMIN only, see ApiSecurityConfiguration): session and verification
 * lists with filters, sorting and paging, details with chain status, CSV exports, evidence images,
 * the statistics, and the logged reveal of an ID number. Every answer is {@code no-store}.
 */
@RestController
@RequestMapping("/api/admin")
public class AdminRecordsController {

    private static final CacheControl NO_STORE = CacheControl.noStore();

    private final AdminRecords records;

    public AdminRecordsController(AdminRecords records) {
        this.records = records;
    }

    @GetMapping("/sessions")
    @SessionFilters
    @Paging
    @SessionSorting
    public Mono<ResponseEntity<Page<SessionRow>>> sessions(@AuthenticationPrincipal Jwt token,
                                                           @Parameter(hidden = true)
                                                           @RequestParam MultiValueMap<String, String> params) {
        AdminQuery query = new AdminQuery(params);
        return blocking(() -> records.sessions(token.getSubject(), query.sessions(), query.page(), query.asText()));
    }

    @GetMapping("/sessions/export")
    @SessionFilters
    @CsvLanguage
    public Mono<ResponseEntity<byte[]>> exportSessions(@AuthenticationPrincipal Jwt token,
                                                       @Parameter(hidden = true)
                                                       @RequestParam MultiValueMap<String, String> params) {
        AdminQuery query = new AdminQuery(params);
        return Mono.fromCallable(() -> {
            StringWriter out = new StringWriter();
            records.exportSessions(token.getSubject(), query.sessions(), query.asText(), query.english(), out);
            return csv("sessions", out);
        }).subscribeOn(Schedulers.boundedElastic());
    }

    @GetMapping("/sessions/{sessionId}")
    public Mono<ResponseEntity<AdminSessionDetail>> session(@AuthenticationPrincipal Jwt token, @PathVariable String sessionId) {
        return blocking(() -> records.session(token.getSubject(), sessionId));
    }

    @GetMapping("/verifications")
    @VerificationFilters
    @Paging
    public Mono<ResponseEntity<Page<VerificationRow>>> verifications(@AuthenticationPrincipal Jwt token,
                                                                     @Parameter(hidden = true)
                                                                     @RequestParam MultiValueMap<String, String> params) {
        AdminQuery query = new AdminQuery(params);
        var page = query.page();
        return blocking(() -> records.verifications(token.getSubject(), query.verifications(), page.page(), page.size(),
                query.asText()));
    }

    @GetMapping("/verifications/export")
    @VerificationFilters
    @CsvLanguage
    public Mono<ResponseEntity<byte[]>> exportVerifications(@AuthenticationPrincipal Jwt token,
                                                            @Parameter(hidden = true)
                                                            @RequestParam MultiValueMap<String, String> params) {
        AdminQuery query = new AdminQuery(params);
        return Mono.fromCallable(() -> {
            StringWriter out = new StringWriter();
            records.exportVerifications(token.getSubject(), query.verifications(), query.asText(), query.english(), out);
            return csv("verifications", out);
        }).subscribeOn(Schedulers.boundedElastic());
    }

    @GetMapping("/verifications/{verificationId}")
    public Mono<ResponseEntity<AdminVerificationDetail>> verification(@AuthenticationPrincipal Jwt token,
                                                                      @PathVariable String verificationId) {
        return blocking(() -> records.verification(token.getSubject(), verificationId));
    }

    @GetMapping("/verifications/{verificationId}/card-photo")
    public Mono<ResponseEntity<byte[]>> cardPhoto(@AuthenticationPrincipal Jwt token, @PathVariable String verificationId) {
        return Mono.fromCallable(() -> image(records.cardPhoto(token.getSubject(), verificationId)))
                .subscribeOn(Schedulers.boundedElastic());
    }

    @GetMapping("/verifications/{verificationId}/frames/{index}")
    public Mono<ResponseEntity<byte[]>> frame(@AuthenticationPrincipal Jwt token, @PathVariable String verificationId,
                                              @PathVariable int index) {
        return Mono.fromCallable(() -> image(records.frame(token.getSubject(), verificationId, index)))
                .subscribeOn(Schedulers.boundedElastic());
    }

    /** The body: {@code {"reason": "..."}}. */
    public record RevealRequest(String reason) {
    }

    /** The full number, once, for this answer. */
    public record RevealedIdNumber(String verificationId, String idNumber) {
    }

    @PostMapping("/verifications/{verificationId}/id-number")
    public Mono<ResponseEntity<RevealedIdNumber>> revealIdNumber(@AuthenticationPrincipal Jwt token,
                                                                 @PathVariable String verificationId,
                                                                 @RequestBody(required = false) RevealRequest request) {
        return blocking(() -> new RevealedIdNumber(verificationId, records.revealIdNumber(token.getSubject(),
                verificationId, request == null ? null : request.reason())));
    }

    @GetMapping("/statistics")
    @SessionFilters
    public Mono<ResponseEntity<ServiceFigures>> statistics(@AuthenticationPrincipal Jwt token,
                                                           @Parameter(hidden = true)
                                                           @RequestParam MultiValueMap<String, String> params) {
        AdminQuery query = new AdminQuery(params);
        return blocking(() -> records.statistics(token.getSubject(), query.sessions(), query.asText()));
    }

    private static <T> Mono<ResponseEntity<T>> blocking(Callable<T> read) {
        return Mono.fromCallable(read)
                .map(body -> ResponseEntity.ok().cacheControl(NO_STORE).body(body))
                .subscribeOn(Schedulers.boundedElastic());
    }

    private static ResponseEntity<byte[]> csv(String what, StringWriter out) {
        String name = what + "-" + LocalDate.now() + ".csv";
        return ResponseEntity.ok()
                .cacheControl(NO_STORE)
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static ResponseEntity<byte[]> image(AdminRecords.Image image) {
        return ResponseEntity.ok()
                .cacheControl(NO_STORE)
                .contentType(MediaType.parseMediaType(image.contentType()))
                .body(image.bytes());
    }
}
