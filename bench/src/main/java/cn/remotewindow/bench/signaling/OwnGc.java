package cn.remotewindow.bench.signaling;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * This JVM's own collections. Its pauses stop the simulated parties too and show up in the
 * measured latencies, so the report names them next to the server's.
 */
final class OwnGc {

    private OwnGc() {
    }

    static HeapSampler.Pauses totals() {
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, collector.getCollectionCount());
            millis += Math.max(0, collector.getCollectionTime());
        }
        return new HeapSampler.Pauses(count, millis / 1000.0);
    }
}
