package cn.remotewindow.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The demo catalogue of 新乡市 that ships with the embedded default: five departments, ten items
 * with their standard elements, and the retirement 一件事. Its codes are the ones the kiosk's demo
 * screen and the server's demo experts use. The items' elements are plausible, not official.
 */
public final class DemoCatalogueFile {

    /** On the class path. */
    public static final String RESOURCE = "catalogue/xinxiang.yml";

    private DemoCatalogueFile() {
    }

    /** The file's text, comments and all. */
    public static String text() {
        try (InputStream in = DemoCatalogueFile.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The demo catalogue; its tests keep it free of problems, so a problem here is a bug. */
    public static Catalogue catalogue() {
        Parsed parsed = CatalogueParser.parse(text());
        if (parsed instanceof Parsed.Valid valid) {
            return valid.catalogue();
        }
        throw new IllegalStateException("the demo catalogue has problems: " + ((Parsed.Invalid) parsed).problems());
    }
}
