package cn.remotewindow.bench.signaling;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time from Linux's /proc: of one process (user + system, in clock ticks) and of the whole
 * machine (busy and total ticks). Client and server share the same cores, so the report says how
 * much each used.
 */
final class CpuTime {

    private CpuTime() {
    }

    /** A reading; subtract two to get a window. */
    record Reading(long nanos, long processTicks, long machineBusyTicks, long machineTotalTicks) {
    }

    /** A reading for another process; its ticks are -1 when the pid is unknown (negative) or gone. */
    static Reading of(long pid) {
        long[] machine = machine();
        return new Reading(System.nanoTime(), pid < 0 ? -1 : process(Long.toString(pid)), machine[0], machine[1]);
    }

    /** A reading for this JVM. */
    static Reading self() {
        long[] machine = machine();
        return new Reading(System.nanoTime(), process("self"), machine[0], machine[1]);
    }

    /** Share of one core used by the process between two readings, in percent (200 = two cores). */
    static double processPercent(Reading from, Reading to, int ticksPerSecond) {
        double seconds = (to.nanos() - from.nanos()) / 1e9;
        if (from.processTicks() < 0 || to.processTicks() < 0 || seconds <= 0) {
            return -1;
        }
        return 100.0 * (to.processTicks() - from.processTicks()) / ticksPerSecond / seconds;
    }

    /** Share of all cores busy between two readings, in percent (100 = every core busy). */
    static double machinePercent(Reading from, Reading to) {
        long total = to.machineTotalTicks() - from.machineTotalTicks();
        return total <= 0 ? -1 : 100.0 * (to.machineBusyTicks() - from.machineBusyTicks()) / total;
    }

    private static long process(String pid) {
        try {
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            // Fields after the command name, which is in parentheses and may contain spaces.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long[] machine() {
        try {
            String first = Files.readAllLines(Path.of("/proc/stat")).get(0);
            String[] fields = first.trim().split("\\s+");
            long total = 0;
            long idle = 0;
            // cpu user nice system idle iowait irq softirq steal (guest time is already in user)
            for (int i = 1; i <= 8 && i < fields.length; i++) {
                long value = Long.parseLong(fields[i]);
                total += value;
                if (i == 4 || i == 5) {
                    idle += value;
                }
            }
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return new long[] {-1, -1};
        }
    }
}
