package cn.remotewindow.signaling.catalogue;

import cn.remotewindow.catalogue.Problem;
import java.util.List;

/** What became of a catalogue file offered to replace the running one. */
public sealed interface CatalogueOffer {

    /** The file's SHA-256 (lower-case hex), for the audit trail. */
    String sha256();

    /**
     * The file is valid: it runs from now on. {@code changed} is false when it is the running
     * catalogue again (same version, same content), which changes nothing.
     */
    record Accepted(CatalogueEdition previous, CatalogueEdition current, boolean changed) implements CatalogueOffer {
        @Override
        public String sha256() {
            return current.sha256();
        }
    }

    /** The file has problems; the running catalogue stays as it was. */
    record Refused(List<Problem> problems, String sha256, CatalogueEdition running) implements CatalogueOffer {
        public Refused {
            problems = List.copyOf(problems);
        }
    }
}
