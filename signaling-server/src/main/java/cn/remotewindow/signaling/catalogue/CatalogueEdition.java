package cn.remotewindow.signaling.catalogue;

import cn.remotewindow.catalogue.Catalogue;
import java.time.Instant;
import java.util.Objects;

/**
 * One catalogue as this node runs it, and where it came from.
 *
 * @param sha256 of the file's bytes as read or uploaded (lower-case hex): which file it was, for the audit trail
 * @param origin e.g. {@code file /etc/window/catalogue.yml}, {@code demo catalogue/xinxiang.yml},
 *               {@code import by ADMIN:auditor}
 * @param since  when this node started running it
 */
public record CatalogueEdition(Catalogue catalogue, String sha256, String origin, Instant since) {

    public CatalogueEdition {
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(since, "since");
    }

    public String version() {
        return catalogue.version();
    }
}
