package cn.remotewindow.signaling.api.catalogue;

import cn.remotewindow.catalogue.Catalogue;
import cn.remotewindow.signaling.api.BoundedBody;
import cn.remotewindow.signaling.catalogue.CatalogueEdition;
import cn.remotewindow.signaling.catalogue.RunningCatalogue;
import cn.remotewindow.signaling.config.WindowProperties;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/**
 * The running catalogue for kiosks and experts (GET /api/catalogue), and its replacement by an
 * admin (POST /api/admin/catalogue, the YAML file as the body). Roles are in ApiSecurityConfiguration.
 */
@RestController
public class CatalogueController {

    static final List<MediaType> YAML = List.of(MediaType.parseMediaType("application/yaml"),
            MediaType.parseMediaType("text/yaml"), MediaType.parseMediaType("application/x-yaml"),
            MediaType.parseMediaType("text/x-yaml"));

    /** One catalogue as JSON with its entity tag, made once per edition: kiosks ask often, it rarely changes. */
    private record Rendered(CatalogueEdition edition, byte[] json, String etag) {
    }

    private final RunningCatalogue running;
    private final CatalogueImports imports;
    private final JsonMapper json;
    private final long maxImportBytes;
    private final AtomicReference<Rendered> rendered = new AtomicReference<>();

    public CatalogueController(RunningCatalogue running, CatalogueImports imports, JsonMapper json,
                               WindowProperties properties) {
        this.running = running;
        this.imports = imports;
        this.json = json;
        this.maxImportBytes = properties.catalogue().maxImportBytes();
    }

    /** With If-None-Match the same entity tag, 304 and no body (Spring compares the tags). */
    @GetMapping("/api/catalogue")
    @ApiResponse(responseCode = "200", description = "The running catalogue.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Catalogue.class)))
    @ApiResponse(responseCode = "304", description = "Not modified since the entity tag in If-None-Match.")
    public ResponseEntity<byte[]> catalogue() {
        Rendered current = render(running.current());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                // Cached, but asked again every time: an import must reach the kiosks at once.
                .cacheControl(CacheControl.noCache())
                .eTag(current.etag())
                .body(current.json());
    }

    @PostMapping("/api/admin/catalogue")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The catalogue file (docs/catalogue.md).",
            required = true, content = {
                    @Content(mediaType = "application/yaml", schema = @Schema(type = "string")),
                    @Content(mediaType = "text/yaml", schema = @Schema(type = "string"))})
    @ApiResponse(responseCode = "200", description = "Accepted: this node runs it from now on.",
            content = @Content(schema = @Schema(implementation = ImportAnswer.class)))
    @ApiResponse(responseCode = "422", description = "CATALOGUE_INVALID: every problem as {line, field, message};"
            + " the running catalogue stays as it was.")
    public Mono<ImportAnswer> importCatalogue(@AuthenticationPrincipal Jwt token, ServerHttpRequest request) {
        Charset charset;
        try {
            charset = yamlCharset(request.getHeaders().getContentType());
        } catch (CatalogueRefused refused) {
            return Mono.error(refused);
        } catch (InvalidMediaTypeException e) {
            // An unknown charset makes the whole header unreadable to Spring.
            return Mono.error(CatalogueRefused.unknownCharset(request.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE)));
        }
        return BoundedBody.read(request.getBody(), maxImportBytes, () -> CatalogueRefused.tooLarge(maxImportBytes))
                .flatMap(file -> Mono.fromCallable(() -> imports.importFile(token.getSubject(), file, charset))
                        .subscribeOn(Schedulers.boundedElastic()));
    }

    /** The charset of a YAML body: the one named, else UTF-8 (what YAML files are). */
    static Charset yamlCharset(MediaType type) {
        if (type == null || YAML.stream().noneMatch(yaml -> yaml.equalsTypeAndSubtype(type))) {
            throw CatalogueRefused.notYaml();
        }
        String name = type.getParameter("charset");
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.replace("\"", ""));
        } catch (IllegalArgumentException e) {
            throw CatalogueRefused.unknownCharset(type.toString());
        }
    }

    private Rendered render(CatalogueEdition edition) {
        Rendered done = rendered.get();
        if (done != null && done.edition() == edition) {
            return done;
        }
        byte[] body = json.writeValueAsBytes(edition.catalogue());
        Rendered fresh = new Rendered(edition, body, "\"" + HexFormat.of().formatHex(sha256(body), 0, 16) + "\"");
        rendered.set(fresh);
        return fresh;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
