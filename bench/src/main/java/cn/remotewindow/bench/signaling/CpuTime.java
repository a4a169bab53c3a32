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

    /**
     * A reading; subtract two to get a window. Machine ticks are summed over all CPUs: busy
     * (user, nice, system, irq, softirq), stolen (the hypervisor ran someone else while this
     * machine's virtual CPUs wanted to run) and the total including idle.
     */
    record Reading(long nanos, long processTicks, long machineBusyTicks, long machineStealTicks,
                   long machineTotalTicks) {
    }

    /** A reading for another process; its ticks are -1 when the pid is unknown (negative) or gone. */
    static Reading of(long pid) {
        long[] machine = machine();
        return new Reading(System.nanoTime(), pid < 0 ? -1 : process(Long.toString(pid)), machine[0], machine[1],
                machine[2]);
    }

    /** A reading for this JVM. */
    static Reading self() {
        long[] machine = machine();
        return new Reading(System.nanoTime(), process("self"), machine[0], machine[1], machine[2]);
    }

    /** Share of one core used by the process between two readings, in percent (200 = two cores). */
    static double processPercent(Reading from, Reading to, int ticksPerSecond) {
        double seconds = (to.nanos() - from.nanos()) / 1e9;
        if (from.processTicks() < 0 || to.processTicks() < 0 || seconds <= 0) {
            return -1;
        }
        return 100.0 * (to.processTicks() - from.processTicks()) / ticksPerSecond / seconds;
    }

    /** Share of all CPUs busy between two readings, in percent (100 = every CPU busy), steal not included. */
    static double machineBusyPercent(Reading from, Reading to) {
        long total = to.machineTotalTicks() - from.machineTotalTicks();
        return total <= 0 ? -1 : 100.0 * (to.machineBusyTicks() - from.machineBusyTicks()) / total;
    }

    /** Share of all CPUs' time stolen by the hypervisor between two readings, in percent. */
    static double machineStealPercent(Reading from, Reading to) {
        long total = to.machineTotalTicks() - from.machineTotalTicks();
        return total <= 0 ? -1 : 100.0 * (to.machineStealTicks() - from.machineStealTicks()) / total;
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

    /** @return busy, steal and total ticks of all CPUs, or -1s */
    private static long[] machine() {
        try {
            String first = Files.readAllLines(Path.of("/proc/stat")).get(0);
            String[] fields = first.trim().split("\\s+");
            // cpu user nice system idle iowait irq softirq steal (guest time is already in user)
            long[] ticks = new long[9];
            for (int i = 1; i <= 8 && i < fields.length; i++) {
                ticks[i] = Long.parseLong(fields[i]);
            }
            long busy = ticks[1] + ticks[2] + ticks[3] + ticks[6] + ticks[7];
            long steal = ticks[8];
            long total = busy + steal + ticks[4] + ticks[5];
            return new long[] {busy, steal, total};
        } catch (IOException | RuntimeException e) {
            return new long[] {-1, -1, -1};
        }
    }
}
