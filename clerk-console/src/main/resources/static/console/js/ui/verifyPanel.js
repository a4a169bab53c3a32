// The identity verification panel (身份核验) beside the kiosk's video, its button in the case panel
// and the one-line result there. Shows what the controller (js/verification.js) holds and hands
// clicks back to it. Everything from the network goes in through textContent; images are object
// URLs the controller made (and revokes). Scores are for the expert only: the kiosk never sees them.

import {$, el, show} from './dom.js';
import {t, has, language} from '../i18n.js';

export class VerifyPanel {
  /** @param ctrl the Verification controller */
  constructor(ctrl) {
    this.ctrl = ctrl;
    this.shownId = null;
    this.stripKey = null;
    $('btn-verify').addEventListener('click', () => ctrl.start());
    $('verify-again').addEventListener('click', () => ctrl.start());
    $('verify-close').addEventListener('click', () => ctrl.collapse());
    $('verify-pass').addEventListener('click', () => ctrl.review('PASS'));
    $('verify-fail').addEventListener('click', () => ctrl.review('FAIL'));
    $('verify-manual-toggle').addEventListener('click', () => ctrl.toggleManual());
    $('verify-details-retry').addEventListener('click', () => ctrl.loadDetails());
    $('verify-frames-toggle').addEventListener('click', () => ctrl.toggleFrames());
    $('verify-card-box').querySelector('.img-retry').addEventListener('click', () => ctrl.loadImage('card-photo'));
    $('verify-live-box').querySelector('.img-retry').addEventListener('click', () => ctrl.v && ctrl.pick(ctrl.v.live));
    $('verify-frames').addEventListener('click', (e) => {
      const button = e.target.closest('button[data-index]');
      if (button) ctrl.pick(Number(button.dataset.index));
    });
    $('verify-form').addEventListener('submit', (e) => e.preventDefault());
    // A "write a reason" error goes once the expert writes one.
    $('verify-reason').addEventListener('input', () => {
      if (ctrl.v && ctrl.v.error && $('verify-reason').value.trim()) {
        ctrl.v.error = null;
        show($('verify-error'), false);
      }
    });
  }

  reason() {
    return $('verify-reason').value;
  }

  focusReason() {
    $('verify-reason').focus();
  }

  /** The controller revoked its object URLs: no element may keep pointing at them. */
  forgetImages() {
    for (const id of ['verify-card-img', 'verify-live-img']) $(id).removeAttribute('src');
    $('verify-frames').replaceChildren();
    this.stripKey = null;
  }

  render() {
    const c = this.ctrl;
    const v = c.v;
    this.renderButton();
    this.renderCaseLine();
    const startingOnly = c.starting && (!v || v.collapsed || v.phase === 'CLOSED');
    const visible = startingOnly || (!!v && !v.collapsed);
    show($('verify-panel'), visible);
    $('view-call').classList.toggle('verifying', visible);
    if (!visible) return;
    if (!v || v.id !== this.shownId) {
      this.shownId = v ? v.id : null;
      $('verify-reason').value = '';
    }
    if (startingOnly) {
      this.renderStatus('wait', t('verify.starting'), '', null);
      for (const id of ['verify-again', 'verify-close', 'verify-decided', 'verify-form', 'verify-final', 'verify-error']) show($(id), false);
      return;
    }
    this.renderStatusOf(v);
    show($('verify-again'), v.phase === 'KIOSK_PROBLEM' || v.phase === 'EXPIRED');
    $('verify-again').disabled = !c.canStart();
    show($('verify-close'), v.phase === 'CLOSED');
    show($('verify-decided'), !!v.verdict);
    if (v.verdict) this.renderDecided(v);
    this.renderForm(v);
    this.renderFinal(v);
    $('verify-error').textContent = v.error || '';
    show($('verify-error'), !!v.error);
  }

  // ------------------------------------------------------------ button and case line

  renderButton() {
    const c = this.ctrl;
    const button = $('btn-verify');
    button.textContent = t(c.isOpen() ? 'verify.buttonAgain' : 'verify.button');
    button.disabled = !c.canStart();
    const whyKey = c.whyNotStart();
    const why = whyKey ? t(whyKey) : null;
    button.title = why || '';
    $('btn-verify-why').textContent = why || '';
    show($('btn-verify-why'), !!why && !c.starting);
  }

  renderCaseLine() {
    const c = this.ctrl;
    const line = $('case-verify');
    const r = c.result;
    if (r) {
      let text = c.resultText();
      if (r.decision === 'PASS' && r.card && r.card.name) {
        text += ' · ' + t('case.verifyCard', {name: r.card.name, number: r.card.idNumberMasked || '—'});
      }
      line.textContent = text;
      line.dataset.state = r.decision;
    } else if (c.isOpen()) {
      line.textContent = t('case.verifyOpen', {phase: t('verify.phase.' + c.v.phase)});
      line.dataset.state = 'open';
    } else {
      line.textContent = t('case.verifyNone');
      line.dataset.state = 'none';
    }
  }

  // ------------------------------------------------------------ status

  renderStatusOf(v) {
    const phase = v.phase || 'REQUESTED';
    if (phase === 'KIOSK_PROBLEM') {
      const known = v.problem && has('verify.problem.' + v.problem);
      const problem = t(known ? 'verify.problem.' + v.problem : 'verify.problem.unknown');
      this.renderStatus('problem', t('verify.status.KIOSK_PROBLEM', {problem}),
        t(known ? 'verify.problemNext.' + v.problem : 'verify.problemNext.unknown'), phase);
      return;
    }
    const kind = phase === 'REQUESTED' || phase === 'CAPTURING' ? 'wait'
      : this.ctrl.manualOnly() ? 'problem' : phase === 'DECIDED' ? 'decide' : 'done';
    this.renderStatus(kind, t('verify.status.' + phase), has('verify.next.' + phase) ? t('verify.next.' + phase) : '', phase);
  }

  renderStatus(kind, text, next, phase) {
    const status = $('verify-status');
    status.dataset.kind = kind;
    status.textContent = text;
    $('verify-next').textContent = next;
    show($('verify-next'), !!next);
    const badge = $('verify-phase');
    badge.textContent = phase ? t('verify.phase.' + phase) : '';
    badge.dataset.phase = phase || '';
    show(badge, !!phase);
  }

  // ------------------------------------------------------------ the machine's decision and the evidence

  renderDecided(v) {
    const details = v.detailsState === 'ok' ? v.details : null;
    const machine = (details && details.machine) || {};
    const verdict = $('verify-verdict');
    verdict.textContent = t('verify.verdict.' + v.verdict);
    verdict.dataset.verdict = v.verdict;
    this.renderSimilarity(v.similarity, machine.thresholds);

    this.paint($('verify-card-box'), $('verify-card-img'), v.card, t('verify.cardPhoto'), details ? null : '');
    const frames = details && Array.isArray(details.frames) ? details.frames : [];
    const liveFrame = frames.find((f, i) => (Number.isInteger(f.index) ? f.index : i) === v.live);
    let caption = '';
    if (details && v.live !== null) {
      caption = t(v.live === machine.bestFrame ? 'verify.liveBest' : 'verify.liveFrame', {n: v.live + 1});
      if (liveFrame && typeof liveFrame.similarity === 'number') caption += ' · ' + t('verify.similarity', {value: fixed(liveFrame.similarity)});
    }
    $('verify-live-caption').textContent = caption;
    const liveSlot = v.live === null ? null : v.frames.get(v.live);
    this.paint($('verify-live-box'), $('verify-live-img'), liveSlot, caption,
      !details ? '' : v.live === null ? t('verify.noLiveFrame') : null);

    const statusText = v.detailsState === 'loading' ? t('verify.details.loading')
      : v.detailsState === 'failed' ? t('verify.details.failed', {reason: v.detailsError}) : '';
    $('verify-details-text').textContent = statusText;
    show($('verify-details-status'), !!statusText);
    show($('verify-details-retry'), v.detailsState === 'failed');

    this.renderReasons(v, machine);
    $('verify-liveness').textContent = livenessText(machine.liveness);
    const liveness = machine.liveness;
    $('verify-liveness').dataset.passed = liveness && typeof liveness.passed === 'boolean' ? String(liveness.passed) : '';
    const steps = details && details.challenge && Array.isArray(details.challenge.steps) ? details.challenge.steps : [];
    $('verify-steps').textContent = steps.length
      ? steps.map((s) => (has('verify.step.' + s) ? t('verify.step.' + s) : String(s))).join(' → ') : '—';
    // The card as the server shows it: the ID number only ever masked (idNumberMasked).
    const card = (details && details.card) || {};
    $('verify-card-name').textContent = card.name || '—';
    $('verify-card-number').textContent = card.idNumberMasked || '—';
    $('verify-card-validity').textContent = validityText(card);
    this.renderStrip(v, details, frames);
  }

  renderSimilarity(similarity, thresholds) {
    const pass = threshold(thresholds, 'pass');
    const floor = threshold(thresholds, 'reviewFloor');
    const parts = [];
    if (typeof similarity === 'number') {
      parts.push(t('verify.similarity', {value: fixed(similarity)}));
      if (pass !== null) parts.push(t('verify.threshold', {value: fixed(pass)}));
      if (floor !== null) parts.push(t('verify.reviewFloor', {value: fixed(floor)}));
    } else {
      parts.push(t('verify.noSimilarity'));
    }
    $('verify-similarity').textContent = parts.join(' · ');
    const bar = $('verify-sim-bar');
    show(bar, typeof similarity === 'number');
    if (typeof similarity !== 'number') return;
    const pct = (x) => `${Math.round(Math.min(1, Math.max(0, x)) * 100)}%`;
    bar.querySelector('.fill').style.width = pct(similarity);
    bar.querySelector('.fill').dataset.above = String(pass !== null && similarity >= pass);
    const passMark = bar.querySelector('.mark.pass');
    show(passMark, pass !== null);
    if (pass !== null) passMark.style.left = pct(pass);
    const floorMark = bar.querySelector('.mark.review');
    show(floorMark, floor !== null);
    if (floor !== null) floorMark.style.left = pct(floor);
  }

  /** An image box: the picture when loaded, else a note (loading, failed with a retry, or `empty`). */
  paint(box, img, slot, alt, empty) {
    const note = box.querySelector('.img-note');
    const retry = box.querySelector('.img-retry');
    img.alt = alt || '';
    if (slot && slot.state === 'ok' && slot.url) {
      if (img.getAttribute('src') !== slot.url) img.src = slot.url;
      show(img, true);
      show(note, false);
      show(retry, false);
      return;
    }
    img.removeAttribute('src');
    show(img, false);
    const text = empty !== null && empty !== undefined && !(slot && slot.state !== 'none') ? empty
      : !slot || slot.state === 'loading' || slot.state === 'none' ? t('verify.imageLoading')
        : t('verify.imageFailed', {reason: slot.error});
    note.textContent = text;
    show(note, !!text);
    show(retry, !!slot && slot.state === 'failed');
  }

  renderReasons(v, machine) {
    const list = $('verify-reasons');
    const lang = language();
    const fromDetails = Array.isArray(machine.reasons) ? machine.reasons : null;
    const items = (fromDetails || v.reasons || []).map((r) => {
      const code = typeof r === 'string' ? r : r && r.code;
      const own = typeof r === 'object' && r ? (lang === 'en' ? r.en || r.zh : r.zh || r.en) : null;
      return own || (code && has('verify.reason.' + code) ? t('verify.reason.' + code) : String(code || ''));
    }).filter(Boolean);
    list.replaceChildren(...(items.length ? items.map((text) => el('li', null, text)) : [el('li', 'muted', '—')]));
  }

  /** The strip of all frames: built when opened, each thumbnail shown once its image is fetched. */
  renderStrip(v, details, frames) {
    const box = $('verify-frames-box');
    show(box, !!details && frames.length > 0);
    if (!details || !frames.length) return;
    const toggle = $('verify-frames-toggle');
    toggle.textContent = v.stripOpen ? t('verify.frames.hide') : t('verify.frames.show', {count: frames.length});
    toggle.setAttribute('aria-expanded', String(v.stripOpen));
    const list = $('verify-frames');
    show(list, v.stripOpen);
    if (!v.stripOpen) return;
    const key = v.id + '|' + language() + '|' + frames.length;
    if (this.stripKey !== key) {
      this.stripKey = key;
      const indexes = this.ctrl.frameIndexes(details);
      const first = frames.length && typeof frames[0].capturedAt === 'number' ? frames[0].capturedAt : null;
      list.replaceChildren(...frames.map((f, i) => {
        const index = indexes[i];
        const button = el('button', 'frame');
        button.type = 'button';
        button.dataset.index = String(index);
        const img = el('img', 'thumb');
        img.alt = t('verify.frame.label', {n: index + 1});
        const meta = [];
        if (typeof f.similarity === 'number') meta.push(fixed(f.similarity));
        if (first !== null && typeof f.capturedAt === 'number') meta.push(t('verify.frame.after', {seconds: ((f.capturedAt - first) / 1000).toFixed(1)}));
        const issues = Array.isArray(f.issues) ? f.issues.map((code) => (has('verify.issue.' + code) ? t('verify.issue.' + code) : String(code))) : [];
        button.title = [t('verify.frame.pick'), ...issues].join('\n');
        button.append(img, el('span', 'frame-label', t('verify.frame.label', {n: index + 1})), el('span', 'frame-meta', meta.join(' · ')));
        if (issues.length) button.append(el('span', 'frame-issues', issues.join('、')));
        if (index === (details.machine || {}).bestFrame) button.classList.add('best');
        const li = el('li');
        li.append(button);
        return li;
      }));
    }
    for (const button of list.querySelectorAll('button[data-index]')) {
      const index = Number(button.dataset.index);
      const slot = v.frames.get(index);
      const img = button.querySelector('img');
      if (slot && slot.state === 'ok' && img.getAttribute('src') !== slot.url) img.src = slot.url;
      button.dataset.state = slot ? slot.state : 'none';
      button.setAttribute('aria-pressed', String(index === v.live));
    }
  }

  // ------------------------------------------------------------ the expert's decision

  renderForm(v) {
    const c = this.ctrl;
    const decidable = c.decidable();
    show($('verify-form'), decidable);
    if (!decidable) return;
    const manual = c.manualMode();
    $('verify-form-title').textContent = t(manual ? 'verify.manual.title' : 'verify.decide.title');
    show($('verify-manual-hint'), manual);
    $('verify-reason-label').textContent = t(manual ? 'verify.manual.reason'
      : v.verdict === 'NEEDS_REVIEW' ? 'verify.decide.reasonRequired' : 'verify.decide.reason');
    $('verify-reason').placeholder = manual ? t('verify.manual.placeholder') : '';
    const label = (decision) => (v.sending === decision ? t('verify.decide.sending')
      : t(manual ? `verify.manual.${decision === 'PASS' ? 'pass' : 'fail'}` : `verify.decide.${decision === 'PASS' ? 'pass' : 'fail'}`));
    $('verify-pass').textContent = label('PASS');
    $('verify-fail').textContent = label('FAIL');
    $('verify-pass').disabled = !!v.sending;
    $('verify-fail').disabled = !!v.sending;
    const toggle = $('verify-manual-toggle');
    show(toggle, v.phase === 'DECIDED');
    toggle.disabled = !!v.sending;
    toggle.textContent = t(v.manual ? 'verify.manual.back' : 'verify.manual.switch');
  }

  renderFinal(v) {
    const closed = v.phase === 'CLOSED' && !!v.decision;
    show($('verify-final'), closed);
    if (!closed) return;
    const method = v.method || 'FACE_MATCH';
    const badge = $('verify-final-badge');
    badge.textContent = t(`verify.final.${method}.${v.decision}`);
    badge.dataset.verdict = v.decision === 'PASS' ? 'PASS' : 'FAIL';
    let text = t('verify.final.recorded', {shown: t('verify.shown.' + (v.decision === 'PASS' ? 'PASS' : 'FAIL'))});
    if (method === 'FACE_MATCH' && v.verdict === 'NEEDS_REVIEW') text += ' ' + t('verify.final.reviewed');
    else if (method === 'FACE_MATCH' && v.verdict && v.verdict !== v.decision) {
      text += ' ' + t('verify.final.override', {verdict: t('verify.verdict.' + v.verdict)});
    }
    $('verify-final-text').textContent = text;
  }
}

function fixed(x) {
  return Number(x).toFixed(2);
}

/**
 * A threshold of the face comparison from machine.thresholds, whose shape the contract leaves open:
 * {pass, reviewFloor} (the identity module's MatchThresholds), or nested under `match`.
 */
export function threshold(thresholds, name) {
  if (!thresholds || typeof thresholds !== 'object') return null;
  const nested = thresholds.match && typeof thresholds.match === 'object' ? thresholds.match : {};
  const alias = name === 'pass' ? ['pass', 'matchPass', 'similarityPass'] : ['reviewFloor', 'matchReviewFloor'];
  for (const key of alias) {
    if (typeof thresholds[key] === 'number') return thresholds[key];
    if (typeof nested[key] === 'number') return nested[key];
  }
  return null;
}

function livenessText(liveness) {
  if (!liveness || typeof liveness.passed !== 'boolean') return '—';
  if (liveness.passed) return t('verify.livenessPassed');
  const lang = language();
  const problems = (Array.isArray(liveness.problems) ? liveness.problems : []).map((p) => {
    if (p && typeof p === 'object') return (lang === 'en' ? p.en || p.zh : p.zh || p.en) || String(p.code || '');
    return has('verify.issue.' + p) ? t('verify.issue.' + p) : String(p);
  }).filter(Boolean);
  return problems.length ? `${t('verify.livenessFailed')}：${problems.join('、')}` : t('verify.livenessFailed');
}

function validityText(card) {
  const until = card.validUntil === null && 'validUntil' in card ? t('verify.longTerm') : card.validUntil;
  if (card.validFrom && until) return t('verify.validity', {from: card.validFrom, until});
  if (until) return t('verify.validityUntil', {until});
  return '—';
}
