package cn.remotewindow.signaling.api.casefile;

import cn.remotewindow.signaling.api.BoundedBody;
import cn.remotewindow.signaling.casefile.CaseFileRefused;
import cn.remotewindow.signaling.casefile.CaseFileViews;
import cn.remotewindow.signaling.casefile.DocumentIntake;
import cn.remotewindow.signaling.casefile.PictureCheck;
import cn.remotewindow.signaling.casefile.SignatureIntake;
import cn.remotewindow.signaling.receipt.ReceiptLanguage;
import java.util.Set;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The case file over HTTP (docs/http-api.md, "The case file"): the kiosk's document pictures and
 * the citizen's signature, the lead's case file and pictures, the receipt. Roles are enforced in
 * ApiSecurityConfiguration; whose session it is, here and in the intakes.
 */
@RestController
public class CaseFileController {

    private static final Set<String> DOCUMENT_TYPES = Set.of(PictureCheck.JPEG, PictureCheck.PNG);

    private final DocumentIntake documents;
    private final SignatureIntake signatures;
    private final CaseFileViews views;
    private final CaseFileRouting routing;
    private final long maxDocumentBytes;
    private final long maxSignatureBytes;

    public CaseFileController(DocumentIntake documents, SignatureIntake signatures, CaseFileViews views,
                              CaseFileRouting routing, cn.remotewindow.signaling.config.WindowProperties properties) {
        this.documents = documents;
        this.signatures = signatures;
        this.views = views;
        this.routing = routing;
        this.maxDocumentBytes = properties.documents().maxBytes();
        this.maxSignatureBytes = properties.documents().maxSignatureBytes();
    }

    @PostMapping("/api/sessions/{sessionId}/documents/{documentId}/image")
    public Mono<ResponseEntity<?>> upload(@AuthenticationPrincipal Jwt token, @PathVariable String sessionId,
                                                       @PathVariable String documentId, ServerHttpRequest request) {
        String type = mediaType(request);
        if (type == null || !DOCUMENT_TYPES.contains(type)) {
            return Mono.error(CaseFileRefused.type("image/jpeg or image/png"));
        }
        return BoundedBody.read(request.getBody(), maxDocumentBytes,
                        () -> CaseFileRefused.tooLarge("DOCUMENT_TOO_LARGE", maxDocumentBytes))
                .filter(body -> body.length > 0)
                .switchIfEmpty(Mono.error(() -> CaseFileRefused.malformed("The request has no body: send the picture.")))
                .flatMap(body -> routing.route(sessionId, request, body, () -> documents
                        .submit(token.getSubject(), sessionId, documentId, type, body)
                        .map(accepted -> ResponseEntity.status(HttpStatus.ACCEPTED).body(accepted))));
    }

    @PostMapping("/api/sessions/{sessionId}/closings/{closingId}/signature")
    public Mono<ResponseEntity<?>> sign(@AuthenticationPrincipal Jwt token, @PathVariable String sessionId,
                                                        @PathVariable String closingId, ServerHttpRequest request) {
        String type = mediaType(request);
        if (!PictureCheck.PNG.equals(type)) {
            return Mono.error(CaseFileRefused.type("image/png"));
        }
        return BoundedBody.read(request.getBody(), maxSignatureBytes,
                        () -> CaseFileRefused.tooLarge("SIGNATURE_TOO_LARGE", maxSignatureBytes))
                .filter(body -> body.length > 0)
                .switchIfEmpty(Mono.error(() -> CaseFileRefused.malformed("The request has no body: send the signature.")))
                .flatMap(body -> routing.route(sessionId, request, body, () -> signatures
                        .submit(token.getSubject(), sessionId, closingId, type, body)
                        .map(outcome -> ResponseEntity.status(outcome.first() ? HttpStatus.CREATED : HttpStatus.OK)
                                .body(outcome.answer()))));
    }

    @GetMapping("/api/sessions/{sessionId}/case-file")
    public Mono<ResponseEntity<?>> caseFile(@AuthenticationPrincipal Jwt token, @PathVariable String sessionId,
                                            ServerHttpRequest request) {
        return routing.route(sessionId, request, null, () -> Mono.fromCallable(() -> views.caseFile(token.getSubject(),
                        sessionId))
                .subscribeOn(Schedulers.boundedElastic())
                .map(view -> ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(view)));
    }

    @GetMapping("/api/sessions/{sessionId}/documents/{documentId}/image")
    public Mono<ResponseEntity<?>> image(@AuthenticationPrincipal Jwt token, @PathVariable String sessionId,
                                         @PathVariable String documentId,
                                         @RequestParam(required = false) Integer attempt, ServerHttpRequest request) {
        return routing.route(sessionId, request, null, () -> image(reader(token), sessionId, documentId, attempt)
                .map(answer -> answer));
    }

    @GetMapping("/api/admin/sessions/{sessionId}/documents/{documentId}/image")
    public Mono<ResponseEntity<byte[]>> adminImage(@AuthenticationPrincipal Jwt token, @PathVariable String sessionId,
                                                   @PathVariable String documentId,
                                                   @RequestParam(required = false) Integer attempt) {
        return image(new CaseFileViews.Reader(CaseFileViews.Reader.Kind.ADMIN, token.getSubject()), sessionId,
                documentId, attempt);
    }

    @GetMapping("/api/sessions/{sessionId}/receipt")
    public Mono<ResponseEntity<?>> receipt(@AuthenticationPrincipal Jwt token, @PathVariable String sessionId,
                                           @RequestParam(required = false) String lang, ServerHttpRequest request) {
        return routing.route(sessionId, request, null, () -> receipt(reader(token), sessionId, lang)
                .map(answer -> answer));
    }

    @GetMapping("/api/admin/sessions/{sessionId}/receipt")
    public Mono<ResponseEntity<byte[]>> adminReceipt(@AuthenticationPrincipal Jwt token, @PathVariable String sessionId,
                                                     @RequestParam(required = false) String lang) {
        return receipt(new CaseFileViews.Reader(CaseFileViews.Reader.Kind.ADMIN, token.getSubject()), sessionId, lang);
    }

    private Mono<ResponseEntity<byte[]>> image(CaseFileViews.Reader reader, String sessionId, String documentId,
                                               Integer attempt) {
        return Mono.fromCallable(() -> views.documentImage(reader, sessionId, documentId, attempt))
                .subscribeOn(Schedulers.boundedElastic())
                .map(image -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(image.contentType()))
                        .cacheControl(CacheControl.noStore())
                        .body(image.bytes()));
    }

    private Mono<ResponseEntity<byte[]>> receipt(CaseFileViews.Reader reader, String sessionId, String lang) {
        ReceiptLanguage language = ReceiptLanguage.fromTag(lang);
        return Mono.fromCallable(() -> views.receipt(reader, sessionId, language))
                .subscribeOn(Schedulers.boundedElastic())
                .map(pdf -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_PDF)
                        .cacheControl(CacheControl.noStore())
                        .header("Content-Disposition", ContentDisposition.inline()
                                .filename("receipt-" + sessionId + ".pdf").build().toString())
                        .body(pdf));
    }

    private static CaseFileViews.Reader reader(Jwt token) {
        CaseFileViews.Reader.Kind kind = "KIOSK".equals(token.getClaimAsString("role"))
                ? CaseFileViews.Reader.Kind.KIOSK : CaseFileViews.Reader.Kind.EXPERT;
        return new CaseFileViews.Reader(kind, token.getSubject());
    }

    private static String mediaType(ServerHttpRequest request) {
        MediaType type = request.getHeaders().getContentType();
        return type == null ? null : type.getType() + "/" + type.getSubtype();
    }
}
