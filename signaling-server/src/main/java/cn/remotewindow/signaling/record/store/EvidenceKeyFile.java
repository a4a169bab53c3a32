package cn.remotewindow.signaling.record.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which evidence key to use when none is configured. Records kept across restarts need the same
 * key after a restart: with the embedded H2 file store (the local default) a key is made once and
 * kept beside the database file, readable by its owner only — fine for a demo, not for production;
 * with PostgreSQL (production) a configured key is required; an in-memory store may use a key
 * that lives as long as the process.
 */
public final class EvidenceKeyFile {

    static final String FILE_NAME = "evidence.key";
    private static final Logger log = LoggerFactory.getLogger(EvidenceKeyFile.class);

    private EvidenceKeyFile() {
    }

    /** The base64 key to use: the configured one, the kept one, or blank for a per-process key. */
    public static String keyFor(String configured, String recordsUrl) {
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        String url = recordsUrl == null ? "" : recordsUrl.trim();
        if (url.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException("window.identity.evidence-key must be set when the records are kept in"
                    + " PostgreSQL: evidence sealed with a key nobody kept could never be opened again");
        }
        if (!url.startsWith("jdbc:h2:file:")) {
            return "";
        }
        String file = url.substring("jdbc:h2:file:".length()).split(";", 2)[0];
        Path keyFile = Path.of(file).toAbsolutePath().resolveSibling(FILE_NAME);
        try {
            if (Files.exists(keyFile)) {
                return Files.readString(keyFile, StandardCharsets.US_ASCII).trim();
            }
            Files.createDirectories(keyFile.getParent());
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            String encoded = Base64.getEncoder().encodeToString(key);
            Files.writeString(keyFile, encoded + "\n", StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Not a POSIX file system: the file stays as the directory makes it.
            }
            log.warn("window.identity.evidence-key is not set: made a key for the embedded store and kept it in {}"
                    + " (demo only; configure a managed key in production)", keyFile);
            return encoded;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the evidence key in " + keyFile, e);
        }
    }
}
