package cn.remotewindow.signaling.catalogue;

import cn.remotewindow.catalogue.Catalogue;
import cn.remotewindow.catalogue.CatalogueParser;
import cn.remotewindow.catalogue.Parsed;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Consumer;

/**
 * The catalogue this node runs: its one owner. Readers take {@link #current()} without locking and
 * always see one whole edition; an offered file replaces it in one step, or — when it has any
 * problem — not at all.
 */
public final class RunningCatalogue {

    private volatile CatalogueEdition current;

    public RunningCatalogue(CatalogueEdition first) {
        this.current = first;
    }

    public CatalogueEdition current() {
        return current;
    }

    public Catalogue catalogue() {
        return current.catalogue();
    }

    /**
     * Reads {@code file} as a replacement of the running catalogue (a changed catalogue needs a new
     * version) and, if it is valid, runs it from now on. {@code record} hears the decision before it
     * takes effect, so that no change goes unrecorded: if it throws, nothing changes. Offers are
     * taken one at a time, so two admins importing at once cannot both pass the version check.
     */
    public synchronized CatalogueOffer offer(byte[] file, Charset charset, String origin, Instant at,
                                             Consumer<CatalogueOffer> record) {
        CatalogueEdition running = current;
        String sha256 = sha256(file);
        Parsed parsed = CatalogueParser.parse(file, charset, running.catalogue());
        CatalogueOffer offer;
        if (parsed instanceof Parsed.Valid valid) {
            boolean changed = !valid.catalogue().equals(running.catalogue());
            CatalogueEdition next = changed ? new CatalogueEdition(valid.catalogue(), sha256, origin, at) : running;
            offer = new CatalogueOffer.Accepted(running, next, changed);
        } else {
            offer = new CatalogueOffer.Refused(((Parsed.Invalid) parsed).problems(), sha256, running);
        }
        record.accept(offer);
        if (offer instanceof CatalogueOffer.Accepted accepted) {
            current = accepted.current();
        }
        return offer;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
