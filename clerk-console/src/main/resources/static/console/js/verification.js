// 远程身份核验 from the expert console's side (protocol 5.40–5.48; docs/http-api.md
// GET /api/verifications/{id}, .../card-photo, .../frames/{index}). One verification per session
// is followed at a time: verify.start asks, verify.state tells where it stands, and the expert's
// verify.review decides. Evidence is read over HTTP with the access token in the Authorization
// header; images become object URLs that are revoked when the panel closes, the verification is
// replaced or the session ends. Each read is logged on the server, so only the card photo and the
// best live frame are fetched up front; the other frames when the expert opens the strip.

import * as api from './api.js';
import {t, has} from './i18n.js';
import {notify, errorText} from './ui/notices.js';
import {VerifyPanel} from './ui/verifyPanel.js';

/** Phases in which the verification is still open (starting again cancels it). */
const OPEN = new Set(['REQUESTED', 'CAPTURING', 'CONSENT_REFUSED', 'KIOSK_PROBLEM', 'EXPIRED', 'DECIDED']);
/** Phases that offer only the manual document check (no machine decision to confirm). */
const MANUAL_ONLY = new Set(['CONSENT_REFUSED', 'KIOSK_PROBLEM', 'EXPIRED']);
const REASON_MAX = 500;
/** Frames of the strip fetched at the same time (gently: each one is a logged view). */
const STRIP_PARALLEL = 2;

export class Verification {
  /**
   * @param deps request(type, body, sessionId) -> Promise of the reply (rejects with the error body),
   *     token() -> the access token, session() -> the current session or null,
   *     connected() -> whether the call is connected (ACTIVE)
   */
  constructor(deps) {
    this.deps = deps;
    this.sessionId = null;
    this.v = null;
    this.retired = new Set();
    this.starting = false;
    this.ended = false;
    this.result = null;
    this.panel = new VerifyPanel(this);
  }

  // ------------------------------------------------------------ lifecycle (called by app.js)

  /** A new session (or none): forget everything of the last one. */
  reset(sessionId) {
    this.dropImages();
    this.sessionId = sessionId || null;
    this.v = null;
    this.retired = new Set();
    this.starting = false;
    this.ended = false;
    this.result = null;
    this.render();
  }

  /**
   * The session ended (or this page left it): the panel closes and its images are released. The
   * recorded result is kept for the outcome dialog until the next session.
   */
  end() {
    this.dropImages();
    if (this.v) this.retired.add(this.v.id);
    this.v = null;
    this.starting = false;
    this.ended = true;
    this.render();
  }

  render() {
    this.panel.render();
  }

  // ------------------------------------------------------------ what the views ask

  lead() {
    const session = this.deps.session();
    return !!session && session.id === this.sessionId && !session.guest;
  }

  canStart() {
    return this.lead() && this.deps.connected() && !this.starting;
  }

  /** The text key saying why the button is disabled in a call (a guest; not connected yet), or null. */
  whyNotStart() {
    const session = this.deps.session();
    if (!session || this.ended) return null;
    if (session.guest) return 'verify.buttonWhyGuest';
    if (!this.deps.connected()) return 'verify.buttonWhyConnecting';
    return null;
  }

  isOpen() {
    return !!this.v && OPEN.has(this.v.phase);
  }

  /** Consent refused, kiosk problem or expired: only a manual document check can be recorded. */
  manualOnly() {
    return !!this.v && MANUAL_ONLY.has(this.v.phase);
  }

  /** Waiting for the expert's decision (verify.review is accepted now). */
  decidable() {
    return !!this.v && (this.v.phase === 'DECIDED' || MANUAL_ONLY.has(this.v.phase));
  }

  frameIndexes(details) {
    return frameIndexes(details);
  }

  /** Manual check only (consent refused, kiosk problem, expired), or chosen by the expert after DECIDED. */
  manualMode() {
    const v = this.v;
    return !!v && (MANUAL_ONLY.has(v.phase) || (v.phase === 'DECIDED' && v.manual));
  }

  /** The key of the error text when a reason is required for this decision and missing, else null. */
  reasonNeeded(decision) {
    const v = this.v;
    if (this.manualMode()) return 'verify.err.reasonManual';
    if (v.verdict === 'NEEDS_REVIEW') return 'verify.err.reasonReview';
    if (v.verdict && decision !== v.verdict) return 'verify.err.reasonOverride';
    return null;
  }

  /** The final result's text ("人工核验通过"), or null while there is none. */
  resultText() {
    const r = this.result;
    return r ? t(`verify.final.${r.method}.${r.decision}`) : null;
  }

  /** For the outcome dialog: what to say about the identity verification of this session, or null. */
  summary() {
    if (this.result) return {kind: 'recorded', text: t('outcome.verify', {result: this.resultText()})};
    if (this.isOpen()) return {kind: 'open', text: t('outcome.verifyOpen', {phase: t('verify.phase.' + this.v.phase)})};
    return null;
  }

  /** For the test hook. */
  snapshot() {
    const v = this.v;
    if (!v) return null;
    return {id: v.id, phase: v.phase, verdict: v.verdict || null, decision: v.decision || null, method: v.method || null};
  }

  // ------------------------------------------------------------ the expert's actions

  async start() {
    if (!this.canStart()) return;
    if (this.isOpen() && !window.confirm(t('verify.restartConfirm'))) return;
    const sessionId = this.sessionId;
    this.starting = true;
    if (this.v) this.v.error = null;
    this.render();
    try {
      await this.deps.request('verify.start', {}, sessionId);
    } catch (err) {
      if (this.sessionId !== sessionId) return;
      const text = this.errorText(err, 'start');
      if (this.v && !this.v.collapsed) this.v.error = text;
      else notify(text, 'problem', {key: 'verify'});
    } finally {
      if (this.sessionId === sessionId) this.starting = false;
      this.render();
    }
  }

  /** The expert decides: PASS or FAIL, by the face comparison or (manualMode) by hand. */
  async review(decision) {
    const v = this.v;
    if (!v || v.sending || !this.decidable()) return;
    const reason = this.panel.reason().trim();
    const needed = this.reasonNeeded(decision);
    if (needed && !reason) {
      v.error = t(needed);
      this.render();
      this.panel.focusReason();
      return;
    }
    if (reason.length > REASON_MAX) {
      v.error = t('verify.err.reasonLong');
      this.render();
      return;
    }
    const body = {verificationId: v.id, decision, method: this.manualMode() ? 'MANUAL_DOCUMENT_CHECK' : 'FACE_MATCH'};
    if (reason) body.reason = reason;
    v.sending = decision;
    v.error = null;
    this.render();
    try {
      // The reply is verify.state CLOSED, which onState() has shown by the time this resolves.
      await this.deps.request('verify.review', body, this.sessionId);
    } catch (err) {
      if (this.v === v) v.error = this.errorText(err, 'review');
    } finally {
      if (this.v === v) v.sending = false;
      this.render();
    }
  }

  toggleManual() {
    if (!this.v || this.v.phase !== 'DECIDED') return;
    this.v.manual = !this.v.manual;
    this.v.error = null;
    this.render();
  }

  /** Hides the panel of a closed verification (its result stays in the case panel). */
  collapse() {
    if (!this.v || this.isOpen()) return;
    this.dropImages();
    this.v.collapsed = true;
    this.render();
  }

  /** Opens or closes the strip of all frames; opening fetches the ones not seen yet. */
  async toggleFrames() {
    const v = this.v;
    if (!v || !v.details) return;
    v.stripOpen = !v.stripOpen;
    this.render();
    if (!v.stripOpen) return;
    const queue = frameIndexes(v.details).filter((i) => !v.frames.has(i) || v.frames.get(i).state === 'failed');
    const worker = async () => {
      while (queue.length && this.v === v && v.stripOpen) await this.loadImage(queue.shift());
    };
    await Promise.all(Array.from({length: STRIP_PARALLEL}, worker));
  }

  /** Shows frame `index` in the large live slot beside the card photo. */
  pick(index) {
    const v = this.v;
    if (!v) return;
    v.live = index;
    this.render();
    this.loadImage(index);
  }

  // ------------------------------------------------------------ from the server

  /** verify.state of this session (protocol 5.46). */
  onState(body) {
    const id = body && body.verificationId;
    if (!id || this.retired.has(id)) return;
    if (!this.v || this.v.id !== id) {
      if (body.phase === 'CANCELLED') return; // a verification this page never followed
      // A newer verification (ours, or one found again after a reload): the old one is over.
      if (this.v) this.retired.add(this.v.id);
      this.dropImages();
      this.v = fresh(id);
    }
    const v = this.v;
    if (body.phase === 'CANCELLED') {
      this.retired.add(id);
      this.dropImages();
      this.v = null;
      // Cancelled because this expert started again: the new one follows, nothing to say.
      if (!this.starting) notify(t('verify.cancelled'), 'info', {key: 'verify'});
      this.render();
      return;
    }
    if (v.phase !== body.phase) v.error = null;
    v.phase = body.phase;
    if (body.verdict) v.verdict = body.verdict;
    if (Array.isArray(body.reasons)) v.reasons = body.reasons;
    if (typeof body.similarity === 'number') v.similarity = body.similarity;
    if (body.problem) v.problem = body.problem;
    if (body.decision) v.decision = body.decision;
    if (body.method) v.method = body.method;
    if (v.phase === 'CLOSED') {
      v.sending = false;
      v.collapsed = false;
      this.result = {decision: v.decision, method: v.method || 'FACE_MATCH', verdict: v.verdict || null,
        card: v.details && v.details.card ? v.details.card : null};
    }
    if (v.verdict && v.details === null && v.detailsState === 'none') this.loadDetails();
    this.render();
  }

  // ------------------------------------------------------------ evidence over HTTP

  async loadDetails() {
    const v = this.v;
    if (!v || v.detailsState === 'loading') return;
    v.detailsState = 'loading';
    this.render();
    try {
      const details = await api.verification(this.deps.token(), v.id);
      if (this.v !== v) return;
      v.details = details || {};
      v.detailsState = 'ok';
      const machine = v.details.machine || {};
      if (!v.verdict && machine.verdict) v.verdict = machine.verdict;
      if (v.similarity == null && typeof machine.similarity === 'number') v.similarity = machine.similarity;
      if (this.result && !this.result.card && v.details.card) this.result.card = v.details.card;
      v.live = bestFrame(v.details);
      this.render();
      this.loadImage('card-photo');
      if (v.live !== null) this.loadImage(v.live);
    } catch (err) {
      if (this.v !== v) return;
      v.detailsState = 'failed';
      v.detailsError = httpText(err);
      this.render();
    }
  }

  /** Fetches one image ('card-photo' or a frame index) unless it is loaded or on its way. */
  async loadImage(which) {
    const v = this.v;
    if (!v || v.collapsed) return;
    const slot = imageSlot(v, which);
    if (slot.state === 'loading' || slot.state === 'ok') return;
    slot.state = 'loading';
    this.render();
    try {
      const blob = await api.verificationImage(this.deps.token(), v.id, which);
      if (this.v !== v || v.collapsed) return; // replaced meanwhile: no URL was made, nothing to revoke
      slot.url = URL.createObjectURL(blob);
      slot.state = 'ok';
    } catch (err) {
      if (this.v !== v) return;
      slot.state = 'failed';
      slot.error = httpText(err);
    }
    this.render();
  }

  /** Revokes every object URL of the current verification; its images would have to be fetched again. */
  dropImages() {
    const v = this.v;
    if (!v) return;
    for (const slot of [v.card, ...v.frames.values()]) {
      if (slot.url) URL.revokeObjectURL(slot.url);
    }
    v.card = emptySlot();
    v.frames = new Map();
    v.stripOpen = false;
    this.panel.forgetImages();
  }

  // ------------------------------------------------------------ words

  /** Plain words for an error reply to verify.start / verify.review. */
  errorText(err, op) {
    const code = err && err.code;
    if (code === 'INVALID_STATE') return t('verify.err.INVALID_STATE.' + op);
    if (['VERIFICATION_CLOSED', 'MISSING_FIELD', 'NOT_IN_SESSION', 'UNKNOWN_TYPE'].includes(code)) return t('verify.err.' + code);
    return t('verify.err.failed', {reason: errorText(err)});
  }
}

function fresh(id) {
  return {
    id, phase: null, verdict: null, reasons: [], similarity: null, problem: null, decision: null, method: null,
    details: null, detailsState: 'none', detailsError: '',
    card: emptySlot(), frames: new Map(), live: null, stripOpen: false,
    manual: false, sending: false, error: null, collapsed: false,
  };
}

function emptySlot() {
  return {state: 'none', url: null, error: ''};
}

function imageSlot(v, which) {
  if (which === 'card-photo') return v.card;
  if (!v.frames.has(which)) v.frames.set(which, emptySlot());
  return v.frames.get(which);
}

/** The frame indexes of the evidence, in capture order. */
function frameIndexes(details) {
  const frames = Array.isArray(details.frames) ? details.frames : [];
  return frames.map((f, i) => (Number.isInteger(f.index) ? f.index : i));
}

/** machine.bestFrame when it names a frame, else the first frame (0), or null when there are none. */
function bestFrame(details) {
  const best = details.machine && details.machine.bestFrame;
  const indexes = frameIndexes(details);
  if (Number.isInteger(best) && best >= 0 && (indexes.length === 0 || indexes.includes(best))) return best;
  if (!Array.isArray(details.frames)) return 0;
  return indexes.length ? indexes[0] : null;
}

function httpText(err) {
  const kind = (err && err.kind) || 'server';
  return t(has('verify.http.' + kind) ? 'verify.http.' + kind : 'verify.http.server');
}
