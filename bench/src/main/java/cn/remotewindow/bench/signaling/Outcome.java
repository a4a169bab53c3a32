package cn.remotewindow.bench.signaling;

import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * The figures of one run, gathered by {@link SignalingBench} and printed by {@link Report}.
 *
 * @param clientsOpen       connections authenticated and still open when measuring ended
 * @param measuredSeconds   the measured window as it actually lasted
 * @param serverCpuPercent  of one core, over the measured window; -1 if unknown
 * @param benchCpuPercent   of one core, over the measured window
 * @param machineCpuPercent of all cores busy (steal not included), over the measured window
 * @param stealPercent      of all cores' time stolen by the hypervisor, over the measured window
 * @param heapMaxMb         the server's highest used heap (jstat samples); -1 if unknown
 * @param heapLiveMb        the server's used heap right after a full GC at the end; -1 if unknown
 * @param serverPauses      the server's stop-the-world collections in the measured window; null if unknown
 * @param benchPauses       this JVM's collections in the measured window
 * @param wakeupFloor       how late a parked thread woke up, in microseconds, measured before the load
 * @param queueUpdates      queue.update messages the kiosks received in the whole run
 * @param lostExamples      progress of a few lost cycles
 */
record Outcome(LoadPlan plan, int clientsOpen, int clientsReady, double connectSeconds, double measuredSeconds,
               long startedMeasured, long completedMeasured, long queuedMeasured, long started, long lost,
               Latencies.Snapshot latencies, long errors, long errorReplies, long unexpectedCloses,
               long connectFailures, long undecodable, long surprises, long noIdleKiosk, List<String> problems,
               List<String> lostExamples, double serverCpuPercent, double benchCpuPercent, double machineCpuPercent,
               double stealPercent,
               double heapMaxMb, double heapLiveMb, int heapSamples, HeapSampler.Pauses serverPauses,
               HeapSampler.Pauses benchPauses, Histogram wakeupFloor, long queueUpdates) {
}
