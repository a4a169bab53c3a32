package cn.remotewindow.signaling.record.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The header of an H2 (MVStore) database file: a line of key:value pairs at its start, e.g.
 * {@code H:2,block:10,blockSize:1000,chunk:5f,clean:1,...}; {@code clean:1} once the store was
 * closed properly rather than left by a dead process.
 */
final class H2FileHeader {

    private H2FileHeader() {
    }

    /** @param jdbcFile the file name as in the JDBC URL, without {@code .mv.db} */
    static String of(String jdbcFile) throws IOException {
        byte[] start = new byte[256];
        try (InputStream in = Files.newInputStream(Path.of(jdbcFile + ".mv.db"))) {
            int read = in.readNBytes(start, 0, start.length);
            return new String(start, 0, read, StandardCharsets.ISO_8859_1).replace("\0", "").trim();
        }
    }

    static boolean closedCleanly(String jdbcFile) throws IOException {
        return of(jdbcFile).contains(",clean:1,");
    }
}
