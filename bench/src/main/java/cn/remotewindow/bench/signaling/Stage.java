package cn.remotewindow.bench.signaling;

import java.util.concurrent.ScheduledExecutorService;

/** What every simulated party shares: the plan, the books it writes to, and a timer for hang-ups. */
record Stage(LoadPlan plan, Tally tally, Latencies latencies, Cycles cycles, SyntheticSdp sdp,
             ScheduledExecutorService timer) {
}
