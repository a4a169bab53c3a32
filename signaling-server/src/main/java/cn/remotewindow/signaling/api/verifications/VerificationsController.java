package cn.remotewindow.signaling.api.verifications;

import cn.remotewindow.signaling.api.BoundedBody;
import cn.remotewindow.signaling.verification.EvidenceAccepted;
import cn.remotewindow.signaling.verification.VerificationRefused;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Identity verification over HTTP: the kiosk's evidence upload (kiosks), the details and images
 * for the expert who runs it (experts). Roles are enforced in ApiSecurityConfiguration; ownership here.
 */
@RestController
@RequestMapping("/api/verifications")
public class VerificationsController {

    private final EvidenceReception reception;
    private final ExpertVerifications expert;
    private final long maxEvidenceBytes;

    public VerificationsController(EvidenceReception reception, ExpertVerifications expert,
                                   cn.remotewindow.signaling.config.WindowProperties properties) {
        this.reception = reception;
        this.expert = expert;
        this.maxEvidenceBytes = properties.identity().maxEvidenceBytes();
    }

    /** Read and bounded here, whichever node holds the verification (EvidenceReception). */
    @PostMapping("/{verificationId}/evidence")
    @ApiResponse(responseCode = "202", description = "Accepted: the decision follows on the WebSocket.",
            content = @Content(schema = @Schema(implementation = EvidenceAccepted.class)))
    public Mono<ResponseEntity<?>> evidence(@AuthenticationPrincipal Jwt token, @PathVariable String verificationId,
                                            ServerHttpRequest request) {
        MediaType type = request.getHeaders().getContentType();
        if (type == null || !MediaType.APPLICATION_JSON.isCompatibleWith(type)) {
            return Mono.error(VerificationRefused.malformed("Send the evidence as application/json."));
        }
        return BoundedBody.read(request.getBody(), maxEvidenceBytes, () -> VerificationRefused.tooLarge(maxEvidenceBytes))
                .filter(body -> body.length > 0)
                .switchIfEmpty(Mono.error(() -> VerificationRefused.malformed("The request has no body.")))
                .flatMap(body -> reception.receive(token.getSubject(), verificationId, request.getHeaders(), body));
    }

    @GetMapping("/{verificationId}")
    public Mono<VerificationView> details(@AuthenticationPrincipal Jwt token, @PathVariable String verificationId) {
        return Mono.fromCallable(() -> expert.details(token.getSubject(), verificationId))
                .subscribeOn(Schedulers.boundedElastic());
    }

    @GetMapping("/{verificationId}/card-photo")
    public Mono<ResponseEntity<byte[]>> cardPhoto(@AuthenticationPrincipal Jwt token,
                                                  @PathVariable String verificationId) {
        return Mono.fromCallable(() -> image(expert.cardPhoto(token.getSubject(), verificationId)))
                .subscribeOn(Schedulers.boundedElastic());
    }

    @GetMapping("/{verificationId}/frames/{index}")
    public Mono<ResponseEntity<byte[]>> frame(@AuthenticationPrincipal Jwt token, @PathVariable String verificationId,
                                              @PathVariable int index) {
        return Mono.fromCallable(() -> image(expert.frame(token.getSubject(), verificationId, index)))
                .subscribeOn(Schedulers.boundedElastic());
    }

    private static ResponseEntity<byte[]> image(ExpertVerifications.Image image) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(image.contentType()))
                .cacheControl(CacheControl.noStore())
                .body(image.bytes());
    }
}
