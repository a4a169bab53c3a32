// TEST-ONLY, read-only hook for the browser tests (window.__console). It exposes figures the
// console already has (call phase, connection state, frames decoded per kiosk track, the ring's
// sound level, the identity verification's phase) and one fault injection (dropping the signaling connection, as a network fault
// would). Nothing in the console depends on it.

import * as ring from './ring.js';

export function installTestHook(get) {
  const hook = {
    phase: () => get.phase(),
    presence: () => get.presence(),
    link: () => get.link(),
    connectionState: () => (get.call() ? get.call().pc.connectionState : 'none'),
    quality: () => get.quality(),
    ringRunning: () => ring.toneRunning(),
    ringLevel: () => ring.level(),
    mediaState: () => (get.call() ? {...get.call().mediaState} : null),
    /** {camera, screen}: framesDecoded of the kiosk's tracks; plus the phase and connection state. */
    async stats() {
      const call = get.call();
      const frames = call ? await call.receivedFrames() : {camera: 0, screen: 0};
      const colleague = get.colleague ? await get.colleague().frames() : 0;
      return {...frames, colleague, connectionState: hook.connectionState(), phase: get.phase()};
    },
    dropSignaling: () => get.signaling() && get.signaling().drop(),
    /** The identity verification followed now: {id, phase, verdict, decision, method}, or null. */
    get verification() {
      return get.verification ? get.verification() : null;
    },
    /** The case file followed now: {materials, documents, closing, error}. */
    get caseFile() {
      return get.caseFile ? get.caseFile() : null;
    },
  };
  Object.defineProperty(window, '__console', {value: Object.freeze(hook)});
}
