package cn.remotewindow.kiosk.agent;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Changes the network of the test's own namespace (bin/java-in-netns: veth pair rwmedia0/1, with
 * 198.18.0.1 and .2). Only ever runs inside that namespace, where the test JVM is root.
 */
final class NetworkNamespace {

    private NetworkNamespace() {
    }

    /** Replaces both addresses with new ones, as a new DHCP lease on a kiosk would. */
    static void renumber() throws IOException, InterruptedException {
        ip("address", "flush", "dev", "rwmedia0");
        ip("address", "flush", "dev", "rwmedia1");
        ip("address", "add", "198.18.0.5/30", "dev", "rwmedia0");
        ip("address", "add", "198.18.0.6/30", "dev", "rwmedia1");
    }

    private static void ip(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("ip"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }
}
