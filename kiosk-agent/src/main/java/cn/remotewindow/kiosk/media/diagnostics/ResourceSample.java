package cn.remotewindow.kiosk.media.diagnostics;

/**
 * The process's memory, CPU time, threads and open files at one moment.
 *
 * @param elapsedMillis  since the sampler started
 * @param rssBytes       resident set size (VmRSS): Java heap, native libwebrtc memory, code
 * @param cpuNanos       CPU time of all the process's threads since it started
 * @param heapUsedBytes  Java heap in use (after a GC: what is still reachable)
 * @param threads        native threads, Java and libwebrtc ones alike
 * @param openFiles      open file descriptors (sockets included)
 */
public record ResourceSample(long elapsedMillis, long rssBytes, long cpuNanos, long heapUsedBytes, int threads,
                             int openFiles) {

    public double rssMiB() {
        return rssBytes / (1024.0 * 1024.0);
    }

    public double heapUsedMiB() {
        return heapUsedBytes / (1024.0 * 1024.0);
    }
}
