package cn.remotewindow.signaling.catalogue;

import cn.remotewindow.catalogue.CatalogueParser;
import cn.remotewindow.catalogue.DemoCatalogueFile;
import cn.remotewindow.catalogue.Parsed;
import cn.remotewindow.catalogue.Problem;
import cn.remotewindow.signaling.config.WindowProperties;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalogue a node starts with: {@code window.catalogue.file}, or the demo when it is empty.
 * A file with any problem stops the start — a node serving a half-read catalogue would tell
 * citizens other materials than its neighbours — and every problem is logged, so that one look at
 * the log is enough to fix them all.
 */
public final class StartUpCatalogue {

    private static final Logger log = LoggerFactory.getLogger(StartUpCatalogue.class);

    private StartUpCatalogue() {
    }

    /** The catalogue could not be read, or has problems (each logged before this is thrown). */
    public static final class RefusedException extends IllegalStateException {

        private final transient List<Problem> problems;

        RefusedException(String message, List<Problem> problems) {
            super(message);
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    public static CatalogueEdition load(WindowProperties.Catalogue settings, Instant now) {
        String origin;
        byte[] bytes;
        if (settings.file().isBlank()) {
            origin = "demo " + DemoCatalogueFile.RESOURCE;
            bytes = DemoCatalogueFile.text().getBytes(StandardCharsets.UTF_8);
        } else {
            Path path = Path.of(settings.file()).toAbsolutePath();
            origin = "file " + path;
            try {
                bytes = Files.readAllBytes(path);
            } catch (IOException e) {
                throw new RefusedException("window.catalogue.file " + path + " cannot be read: " + e, List.of());
            }
        }
        Parsed parsed = CatalogueParser.parse(bytes, StandardCharsets.UTF_8, null);
        if (parsed instanceof Parsed.Invalid invalid) {
            List<Problem> problems = invalid.problems();
            problems.forEach(problem -> log.error("catalogue {}: {}", origin, problem));
            throw new RefusedException("the catalogue " + origin + " has " + problems.size() + " problem"
                    + (problems.size() == 1 ? "" : "s") + " (each logged above; the first: " + problems.get(0)
                    + "); fix the file or empty window.catalogue.file for the demo", problems);
        }
        CatalogueEdition edition = new CatalogueEdition(((Parsed.Valid) parsed).catalogue(),
                RunningCatalogue.sha256(bytes), origin, now);
        log.info("catalogue {} version {}: {} departments, {} items, {} 一件事", origin, edition.version(),
                edition.catalogue().departments().size(), edition.catalogue().items().size(),
                edition.catalogue().bundles().size());
        return edition;
    }
}
