package cn.remotewindow.kiosk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What Linux's /proc says about a process (CPU time, RSS, its threads) and about the machine
 * (busy and stolen CPU time). CPU times are in clock ticks (USER_HZ, usually 100 a second).
 */
final class ProcStat {

    /** One thread's name (its comm, at most 15 characters) and CPU ticks so far. */
    record ThreadTime(String name, long ticks) {
    }

    /** Jiffies of all CPUs together: everything, idle (idle + iowait), stolen by the hypervisor. */
    record Machine(long total, long idle, long steal) {
    }

    private ProcStat() {
    }

    /** utime + stime of a process (all its threads). */
    static long cpuTicks(long pid) {
        return ticks(Path.of("/proc", Long.toString(pid), "stat"));
    }

    /** VmRSS of a process in kB. */
    static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.substring(6).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("process " + pid + " is gone", e);
        }
        throw new IllegalStateException("no VmRSS for process " + pid);
    }

    /** Every live thread of a process by thread id. */
    static Map<Long, ThreadTime> threads(long pid) {
        Map<Long, ThreadTime> out = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            tasks.forEach(task -> {
                try {
                    String name = Files.readString(task.resolve("comm")).trim();
                    out.put(Long.parseLong(task.getFileName().toString()), new ThreadTime(name, ticks(task.resolve("stat"))));
                } catch (IOException | IllegalStateException e) {
                    // The thread ended while we looked.
                }
            });
        } catch (IOException e) {
            throw new IllegalStateException("process " + pid + " is gone", e);
        }
        return out;
    }

    /** The "cpu" line of /proc/stat. */
    static Machine machine() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i <= 8 && i < f.length; i++) {
                total += Long.parseLong(f[i]);
            }
            return new Machine(total, Long.parseLong(f[4]) + Long.parseLong(f[5]), Long.parseLong(f[8]));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read /proc/stat", e);
        }
    }

    /** Fields 14 and 15 (utime, stime) of a stat file; counted after the ")" that ends the name. */
    private static long ticks(Path stat) {
        try {
            String line = Files.readString(stat);
            String[] f = line.substring(line.lastIndexOf(')') + 2).split(" ");
            // f[0] is field 3 (state), so field n is f[n - 3].
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read " + stat, e);
        }
    }
}
