package cn.remotewindow.identity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * A model file and the SHA-256 its bytes must have. A model is only ever used after {@link #load()}
 * has checked the hash, so a swapped or damaged file cannot silently change verification results.
 *
 * @param location {@code classpath:cn/remotewindow/...} (resource name, no leading slash needed) or a
 *                 filesystem path
 * @param sha256   expected SHA-256 of the file, 64 hex digits (case-insensitive)
 */
public record ModelFile(String location, String sha256) {

    private static final String CLASSPATH = "classpath:";

    public ModelFile {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(sha256, "sha256");
        if (!sha256.matches("[0-9a-fA-F]{64}")) {
            throw new IllegalArgumentException("sha256 must be 64 hex digits: " + sha256);
        }
        sha256 = sha256.toLowerCase(Locale.ROOT);
    }

    /** A model on the classpath of this module's class loader. */
    public static ModelFile classpath(String resource, String sha256) {
        return new ModelFile(CLASSPATH + resource, sha256);
    }

    /**
     * Reads the whole file and checks its SHA-256.
     *
     * @throws ModelIntegrityException if the file is missing or unreadable, or its hash differs
     */
    public byte[] load() {
        byte[] bytes = readBytes();
        String actual = sha256Hex(bytes);
        if (!actual.equals(sha256)) {
            throw new ModelIntegrityException("model " + location + " has the wrong SHA-256: expected "
                    + sha256 + ", actual " + actual + " (" + bytes.length + " bytes); refusing to use it");
        }
        return bytes;
    }

    /** The file name at the end of the location, e.g. {@code MobileFaceNet.onnx}. */
    public String fileName() {
        String path = location.startsWith(CLASSPATH) ? location.substring(CLASSPATH.length()) : location;
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }

    private byte[] readBytes() {
        try {
            if (location.startsWith(CLASSPATH)) {
                String resource = location.substring(CLASSPATH.length());
                resource = resource.startsWith("/") ? resource.substring(1) : resource;
                try (InputStream in = ModelFile.class.getClassLoader().getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new ModelIntegrityException("model " + location + " is not on the classpath");
                    }
                    return in.readAllBytes();
                }
            }
            return Files.readAllBytes(Path.of(location));
        } catch (NoSuchFileException e) {
            throw new ModelIntegrityException("model file " + location + " does not exist", e);
        } catch (IOException e) {
            throw new ModelIntegrityException("model file " + location + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Lower-case hex SHA-256 of the bytes. */
    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
