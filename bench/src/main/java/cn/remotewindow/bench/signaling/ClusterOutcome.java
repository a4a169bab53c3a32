package cn.remotewindow.bench.signaling;

import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * The figures of one cluster run, gathered by {@link ClusterBench} and printed by {@link ClusterReport}.
 * The load figures mean what they mean in {@link Outcome}; per-node lists are in node order.
 *
 * @param lostCycles      cycles started (warm-up and failover included) that did not complete
 * @param nodeCpuPercent  each node's CPU over the measured window, % of one core; -1 if unknown
 * @param redisCpuPercent the redis-server's, likewise
 * @param nodeHeapMaxMb   each node's highest used heap (jstat), -1 if unknown
 * @param nodePauses      each node's stop-the-world collections in the measured window; null if unknown
 * @param failover        the failover phase; null if it was not run
 * @param logs            what the nodes logged, the relay's missed frames among it
 */
record ClusterOutcome(ClusterPlan plan, int clientsOpen, int clientsReady, double connectSeconds,
                      double measuredSeconds, long startedMeasured, long completedMeasured, long queuedMeasured,
                      long started, long lostCycles, Latencies.Snapshot latencies, long errors, long errorReplies,
                      long unexpectedCloses, long connectFailures, long undecodable, long surprises, long noIdleKiosk,
                      List<String> problems, List<String> lostExamples, List<Double> nodeCpuPercent,
                      double redisCpuPercent, double benchCpuPercent, double machineCpuPercent, double stealPercent,
                      List<Double> nodeHeapMaxMb, List<HeapSampler.Pauses> nodePauses, HeapSampler.Pauses benchPauses,
                      Histogram wakeupFloor, long queueUpdates, NodeFailover.Result failover, NodeLogs.Summary logs) {

    /** Cycles that never completed plus chats after the failover that never arrived. */
    long lost() {
        return lostCycles + (failover == null ? 0 : failover.chatsMissing());
    }

    /** The nodes' CPU together, % of one core; -1 if any is unknown. */
    double serversCpuPercent() {
        double sum = 0;
        for (double cpu : nodeCpuPercent) {
            if (cpu < 0) {
                return -1;
            }
            sum += cpu;
        }
        return sum;
    }
}
