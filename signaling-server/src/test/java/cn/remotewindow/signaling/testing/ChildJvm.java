package cn.remotewindow.signaling.testing;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The command line of another JVM on this test's Java and classpath, for tests that must kill or exit one. */
public final class ChildJvm {

    private ChildJvm() {
    }

    /**
     * {@code java [options] -cp <classpath> main}, on this test's classpath; without the test
     * classes and resources when {@code withTestClasses} is false (a server must not read the
     * tests' configuration).
     */
    public static List<String> command(Class<?> main, boolean withTestClasses, String... options) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(options));
        command.add("-cp");
        command.add(classpath(withTestClasses));
        command.add(main.getName());
        return command;
    }

    /** Surefire's test classpath (it may hide it behind a manifest-only jar), optionally without test-classes. */
    private static String classpath(boolean withTestClasses) {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classpath.split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .filter(entry -> withTestClasses || !Path.of(entry).endsWith(Path.of("target", "test-classes")))
                .collect(Collectors.joining(File.pathSeparator));
    }
}
