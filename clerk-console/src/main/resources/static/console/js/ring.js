// The ring: a calm two-tone chime made with WebAudio (no sound file), repeated every 2.5 s, and
// a countdown to the ring's deadline on the server's clock (corrected by the offset measured at
// auth.ok). Browsers start audio only after a user gesture: unlock() is called on every click
// and key press, so a signed-in expert's ring is audible.

let context = null;
let analyser = null;
let master = null;
let timer = null;

function ensureContext() {
  if (!context) {
    const Ctx = window.AudioContext;
    if (!Ctx) return null;
    context = new Ctx();
    master = context.createGain();
    master.gain.value = 0.35;
    analyser = context.createAnalyser();
    analyser.fftSize = 512;
    master.connect(analyser);
    analyser.connect(context.destination);
  }
  return context;
}

export function unlock() {
  const ctx = ensureContext();
  if (ctx && ctx.state === 'suspended') ctx.resume().catch(() => {});
}

function chime() {
  const ctx = ensureContext();
  if (!ctx) return;
  const t0 = ctx.currentTime + 0.02;
  [[659.25, 0], [880, 0.45]].forEach(([freq, offset]) => {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'sine';
    osc.frequency.value = freq;
    gain.gain.setValueAtTime(0, t0 + offset);
    gain.gain.linearRampToValueAtTime(1, t0 + offset + 0.03);
    gain.gain.exponentialRampToValueAtTime(0.001, t0 + offset + 0.6);
    osc.connect(gain).connect(master);
    osc.start(t0 + offset);
    osc.stop(t0 + offset + 0.65);
  });
}

/** Starts the ring tone; returns whether the browser lets it sound (false: shown only). */
export function startTone() {
  stopTone();
  const ctx = ensureContext();
  if (!ctx) return false;
  if (ctx.state === 'suspended') ctx.resume().catch(() => {});
  chime();
  timer = setInterval(chime, 2500);
  return ctx.state === 'running';
}

export function stopTone() {
  clearInterval(timer);
  timer = null;
}

export function toneRunning() {
  return timer !== null;
}

/** Peak level (0..1) of what the ring produces right now; for the test hook. */
export function level() {
  if (!analyser || !context || context.state !== 'running') return 0;
  const data = new Float32Array(analyser.fftSize);
  analyser.getFloatTimeDomainData(data);
  let peak = 0;
  for (const v of data) peak = Math.max(peak, Math.abs(v));
  return peak;
}

export function audioBlocked() {
  return !!context && context.state !== 'running';
}

/** Seconds left until the deadline (server clock), never below 0. */
export function secondsLeft(deadline, serverNow) {
  return Math.max(0, Math.ceil((deadline - serverNow) / 1000));
}
