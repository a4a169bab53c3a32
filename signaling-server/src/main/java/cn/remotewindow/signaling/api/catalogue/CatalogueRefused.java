package cn.remotewindow.signaling.api.catalogue;

import cn.remotewindow.catalogue.Problem;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A catalogue import that is refused: a problem detail with a stable {@code code} (docs/http-api.md). */
final class CatalogueRefused extends ErrorResponseException {

    private CatalogueRefused(HttpStatus status, String code, String detail) {
        super(status, problem(status, code, detail), null);
    }

    private static ProblemDetail problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("code", code);
        return problem;
    }

    /** 422 with every problem of the file: {line, field, message}, in the order of the lines. */
    static CatalogueRefused invalid(List<Problem> problems) {
        CatalogueRefused refused = new CatalogueRefused(HttpStatus.UNPROCESSABLE_CONTENT, "CATALOGUE_INVALID",
                "The catalogue file has " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                        + "; nothing was changed. Fix them all and send it again.");
        refused.getBody().setProperty("problems", problems);
        return refused;
    }

    static CatalogueRefused notYaml() {
        return new CatalogueRefused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "CATALOGUE_NOT_YAML",
                "Send the catalogue file as text/yaml or application/yaml (UTF-8 unless a charset is given).");
    }

    static CatalogueRefused unknownCharset(String contentType) {
        return new CatalogueRefused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "CATALOGUE_NOT_YAML",
                "The charset of '" + contentType + "' is unknown here; send the file as UTF-8.");
    }

    static CatalogueRefused tooLarge(long limit) {
        return new CatalogueRefused(HttpStatus.CONTENT_TOO_LARGE, "CATALOGUE_TOO_LARGE",
                "The catalogue file is larger than " + limit + " bytes (window.catalogue.max-import-bytes).");
    }
}
