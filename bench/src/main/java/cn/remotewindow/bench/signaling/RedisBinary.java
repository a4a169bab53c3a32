package cn.remotewindow.bench.signaling;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import redis.embedded.core.ExecutableProvider;

/**
 * Writes the redis-server binary that the embedded-redis jar ships for this machine into a
 * directory and prints its path, so that bench/run can start and stop it like the nodes: as a
 * process of its own, which a benchmark JVM that crashed cannot leave behind.
 */
public final class RedisBinary {

    private RedisBinary() {
    }

    /** {@code RedisBinary DIR}: writes DIR/redis-server and prints its path. */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: RedisBinary DIR");
            System.exit(2);
        }
        // The library's own choice of binary for this OS and architecture; it deletes its copy at exit.
        File unpacked = ExecutableProvider.newJarResourceProvider(new File(args[0])).get();
        Path executable = Path.of(args[0], "redis-server");
        Files.copy(unpacked.toPath(), executable, StandardCopyOption.REPLACE_EXISTING);
        if (!executable.toFile().setExecutable(true, true)) {
            throw new IllegalStateException("cannot make " + executable + " executable");
        }
        System.out.println(executable.toAbsolutePath());
    }
}
