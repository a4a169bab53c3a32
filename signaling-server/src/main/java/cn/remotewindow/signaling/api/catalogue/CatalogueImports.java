package cn.remotewindow.signaling.api.catalogue;

import cn.remotewindow.catalogue.Catalogue;
import cn.remotewindow.catalogue.Problem;
import cn.remotewindow.signaling.catalogue.CatalogueEdition;
import cn.remotewindow.signaling.catalogue.CatalogueOffer;
import cn.remotewindow.signaling.catalogue.CatalogueSharing;
import cn.remotewindow.signaling.catalogue.RunningCatalogue;
import cn.remotewindow.signaling.catalogue.SkillCheck;
import cn.remotewindow.signaling.record.audit.AuditLog;
import java.nio.charset.Charset;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An admin's import of a catalogue file into this node. Accepted or refused, each import is an
 * audit entry, written before a new catalogue takes effect (so none runs unrecorded). Blocking
 * (the audit log's database): run off the HTTP event loop.
 */
public final class CatalogueImports {

    private static final Logger log = LoggerFactory.getLogger(CatalogueImports.class);
    /** The audit entries of imports all have this subject, so the catalogue's history is one query. */
    static final String SUBJECT = "catalogue";
    /** Problems quoted in a refusal's audit entry; the rest are counted. */
    private static final int QUOTED_PROBLEMS = 3;

    private final RunningCatalogue running;
    private final AuditLog audit;
    private final Clock clock;
    private final Map<String, List<String>> skills;
    private final CatalogueSharing sharing;

    public CatalogueImports(RunningCatalogue running, AuditLog audit, Clock clock, Map<String, List<String>> skills,
                            CatalogueSharing sharing) {
        this.sharing = sharing;
        this.running = running;
        this.audit = audit;
        this.clock = clock;
        this.skills = Map.copyOf(skills);
    }

    /** The new catalogue's summary; a file with problems is refused as {@link CatalogueRefused} (422). */
    public ImportAnswer importFile(String admin, byte[] file, Charset charset) {
        String actor = "ADMIN:" + admin;
        CatalogueOffer offer = running.offer(file, charset, "import by " + actor, clock.instant(),
                decided -> audit.append(clock.instant(), actor, action(decided), SUBJECT, detail(decided)));
        if (offer instanceof CatalogueOffer.Refused refused) {
            log.warn("catalogue import by {} refused: {} problems, the first: {}", actor, refused.problems().size(),
                    refused.problems().get(0));
            throw CatalogueRefused.invalid(refused.problems());
        }
        CatalogueOffer.Accepted accepted = (CatalogueOffer.Accepted) offer;
        CatalogueEdition current = accepted.current();
        Catalogue catalogue = current.catalogue();
        if (accepted.changed()) {
            log.info("catalogue version {} imported by {} (was {}): {} departments, {} items, {} 一件事", current.version(),
                    actor, accepted.previous().version(), catalogue.departments().size(), catalogue.items().size(),
                    catalogue.bundles().size());
            sharing.share(new String(file, charset).getBytes(java.nio.charset.StandardCharsets.UTF_8), current.sha256());
        }
        return new ImportAnswer(current.version(), accepted.previous().version(), accepted.changed(), current.sha256(),
                current.since(), catalogue.departments().size(), catalogue.items().size(), catalogue.bundles().size(),
                accepted.changed() ? SkillCheck.warn(catalogue, skills) : SkillCheck.unknown(catalogue, skills));
    }

    private static String action(CatalogueOffer offer) {
        return offer instanceof CatalogueOffer.Accepted ? "ADMIN_CATALOGUE_IMPORTED" : "ADMIN_CATALOGUE_REFUSED";
    }

    private static String detail(CatalogueOffer offer) {
        if (offer instanceof CatalogueOffer.Accepted accepted) {
            Catalogue catalogue = accepted.current().catalogue();
            return "version=" + accepted.current().version() + " previous=" + accepted.previous().version()
                    + " changed=" + accepted.changed() + " sha256=" + offer.sha256()
                    + " departments=" + catalogue.departments().size() + " items=" + catalogue.items().size()
                    + " bundles=" + catalogue.bundles().size();
        }
        List<Problem> problems = ((CatalogueOffer.Refused) offer).problems();
        return "problems=" + problems.size() + " sha256=" + offer.sha256() + " running="
                + ((CatalogueOffer.Refused) offer).running().version() + " first: "
                + problems.stream().limit(QUOTED_PROBLEMS).map(Problem::toString).collect(Collectors.joining("; "));
    }
}
