// Connection quality from standard WebRTC statistics (promise-based getStats, standard fields
// only: candidate-pair currentRoundTripTime, remote-inbound-rtp roundTripTime, inbound-rtp
// packetsReceived/packetsLost/bytesReceived, outbound-rtp bytesSent).
//
// Sampled every 2 s; each sample is judged on the change since the previous one:
//
//   level  | round-trip time | packet loss (received) | other
//   -------+-----------------+------------------------+-------------------------------------------
//   good   |  < 250 ms       |  < 2 %                 |
//   amber  |  250-500 ms     |  2-8 %                 | incoming video under 150 kbit/s while the
//          |                 |                        | kiosk says its camera is on
//   red    |  > 500 ms       |  > 8 %                 | nothing received for a whole sample, or the
//          |                 |                        | connection disconnected/failed
//
// The worst line decides. Amber shows before the citizen notices (pictures get soft and late
// long before they freeze); red means the call is in trouble now.

export const THRESHOLDS = {
  rttAmberMs: 250, rttRedMs: 500,
  lossAmber: 0.02, lossRed: 0.08,
  videoAmberKbps: 150,
};

const ORDER = {good: 0, amber: 1, red: 2};

export function judge(sample, {connectionState, expectVideo}) {
  if (connectionState === 'disconnected' || connectionState === 'failed') return 'red';
  if (!sample) return 'good';
  let level = 'good';
  const worse = (l) => { if (ORDER[l] > ORDER[level]) level = l; };
  if (sample.rttMs != null) {
    if (sample.rttMs > THRESHOLDS.rttRedMs) worse('red');
    else if (sample.rttMs >= THRESHOLDS.rttAmberMs) worse('amber');
  }
  if (sample.loss != null) {
    if (sample.loss > THRESHOLDS.lossRed) worse('red');
    else if (sample.loss >= THRESHOLDS.lossAmber) worse('amber');
  }
  if (sample.packetsDelta === 0) worse('red');
  if (expectVideo && sample.videoInKbps != null && sample.videoInKbps < THRESHOLDS.videoAmberKbps) worse('amber');
  return level;
}

/** Turns two successive getStats reports into figures. */
export class QualityMeter {
  constructor() {
    this.previous = null;
  }

  async sample(pc) {
    const report = await pc.getStats();
    const now = {t: performance.now(), packetsReceived: 0, packetsLost: 0, videoBytesIn: 0, bytesIn: 0, bytesOut: 0, rttMs: null};
    let selectedPair = null;
    const pairs = [];
    let remoteRtt = null;
    report.forEach((s) => {
      if (s.type === 'transport' && s.selectedCandidatePairId) selectedPair = report.get(s.selectedCandidatePairId);
      if (s.type === 'candidate-pair') pairs.push(s);
      if (s.type === 'inbound-rtp') {
        now.packetsReceived += s.packetsReceived || 0;
        now.packetsLost += Math.max(0, s.packetsLost || 0);
        now.bytesIn += s.bytesReceived || 0;
        if (s.kind === 'video') now.videoBytesIn += s.bytesReceived || 0;
      }
      if (s.type === 'outbound-rtp') now.bytesOut += s.bytesSent || 0;
      if (s.type === 'remote-inbound-rtp' && s.roundTripTime != null) {
        remoteRtt = Math.max(remoteRtt || 0, s.roundTripTime * 1000);
      }
    });
    if (!selectedPair) selectedPair = pairs.find((p) => p.nominated && p.state === 'succeeded') || null;
    if (selectedPair && selectedPair.currentRoundTripTime != null) now.rttMs = selectedPair.currentRoundTripTime * 1000;
    else if (remoteRtt != null) now.rttMs = remoteRtt;

    const before = this.previous;
    this.previous = now;
    if (!before) return {rttMs: now.rttMs == null ? null : Math.round(now.rttMs), loss: null, packetsDelta: null, inKbps: null, outKbps: null, videoInKbps: null};
    const seconds = Math.max(0.001, (now.t - before.t) / 1000);
    const received = now.packetsReceived - before.packetsReceived;
    const lost = now.packetsLost - before.packetsLost;
    const kbps = (bytes) => Math.round((bytes * 8) / seconds / 1000);
    return {
      rttMs: now.rttMs == null ? null : Math.round(now.rttMs),
      loss: received + lost > 0 ? lost / (received + lost) : null,
      packetsDelta: received,
      inKbps: kbps(now.bytesIn - before.bytesIn),
      outKbps: kbps(now.bytesOut - before.bytesOut),
      videoInKbps: kbps(now.videoBytesIn - before.videoBytesIn),
    };
  }
}
