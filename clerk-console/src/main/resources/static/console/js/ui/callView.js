// The call screen: the kiosk's video large, its screen share beside it, self-view, the controls,
// timer and quality, the case panel and the chat. Only shows what the controller (app.js) says.

import {$, el, show} from './dom.js';
import {t, clock, duration} from '../i18n.js';
import {itemLabel, placeLabel} from './names.js';
import {CODE} from './outcome.js';

export class CallView {
  constructor() {
    this.startedAt = null;
    this.timer = setInterval(() => this.tickTimer(), 1000);
    this.quality = null;
    this.state = {muted: false, cameraOff: false, sharing: false, kioskScreen: false, hasAudio: true, hasVideo: true};
    this.kioskMedia = {audio: true, video: true};
    $('case-number').addEventListener('input', () => this.checkCaseNumber());
  }

  reset(request, peer) {
    this.startedAt = null;
    this.request = request || {};
    this.peer = peer || {};
    $('chat-log').replaceChildren();
    show($('chat-empty'), true);
    $('case-number').value = this.request.caseNumber || '';
    $('case-notes').value = '';
    this.checkCaseNumber();
    this.renderCase();
    this.setKioskScreen(null);
    $('video-kiosk').srcObject = null;
    $('video-self').srcObject = null;
    show($('kiosk-placeholder'), true);
    this.kioskMedia = {audio: true, video: true};
    this.renderKioskNote();
    this.alert(null);
    this.setQuality(null, null);
    show($('wrapup'), false);
    show($('videos'), true);
    show($('controls'), true);
    this.state = {muted: false, cameraOff: false, sharing: false, kioskScreen: false, hasAudio: true, hasVideo: true};
    this.renderControls();
  }

  renderCase() {
    const r = this.request || {};
    const p = this.peer || {};
    $('case-item').textContent = itemLabel(r) || '—';
    const place = placeLabel({district: r.district || p.district, kioskName: r.kioskName || p.displayName, kioskId: r.kioskId || p.id});
    $('case-place').textContent = place || '—';
    $('case-priority').textContent = r.priority ? t('priority.' + r.priority) : '—';
    const handover = r.transferredFrom;
    show($('case-handover-label'), !!handover);
    show($('case-handover'), !!handover);
    $('case-handover').textContent = !handover ? ''
      : handover.note ? t('ring.handoverNote', {name: handover.fromName, note: handover.note})
        : t('ring.handoverFrom', {name: handover.fromName});
  }

  caseNumber() {
    return $('case-number').value.trim();
  }

  notes() {
    return $('case-notes').value;
  }

  checkCaseNumber() {
    const v = this.caseNumber();
    const bad = v !== '' && !CODE.test(v);
    $('case-number-error').textContent = bad ? t('case.numberInvalid') : '';
    show($('case-number-error'), bad);
    return !bad;
  }

  setPhase(phase) {
    this.phase = phase;
    $('call-phase').textContent = t('call.phase.' + phase);
    if (phase === 'active' && !this.startedAt) this.startedAt = Date.now();
    const inCall = phase === 'connecting' || phase === 'active';
    show($('controls'), inCall);
    show($('wrapup'), phase === 'wrapup');
    show($('videos'), inCall);
    show($('quality'), inCall);
    show($('call-timer'), inCall);
    this.tickTimer();
  }

  tickTimer() {
    $('call-timer').textContent = this.startedAt ? duration((Date.now() - this.startedAt) / 1000) : '';
  }

  setKioskStream(stream) {
    const video = $('video-kiosk');
    if (video.srcObject !== stream) video.srcObject = stream;
    video.play().catch(() => {});
    show($('kiosk-placeholder'), false);
  }

  setKioskScreen(stream) {
    const video = $('video-kiosk-screen');
    video.srcObject = stream;
    if (stream) video.play().catch(() => {});
    show($('kiosk-screen-box'), !!stream);
    $('videos').classList.toggle('with-screen', !!stream);
  }

  /** A guest (invited into someone else's call) neither transfers nor invites, and only leaves. */
  setGuest(guest) {
    this.guest = !!guest;
    show($('btn-transfer'), !guest);
    show($('btn-invite'), !guest);
    const label = $('btn-end').querySelector('.label');
    label.dataset.i18n = guest ? 'call.leave' : 'call.end'; // kept when the language is switched
    label.textContent = t(label.dataset.i18n);
  }

  /** The invited colleague (or, for the colleague, the lead) in a three-party call; null hides it. */
  setColleague(stream, name) {
    const video = $('video-colleague');
    video.srcObject = stream;
    if (stream) video.play().catch(() => {});
    $('colleague-label').textContent = name || '';
    show($('colleague-box'), !!stream);
  }

  setSelfStream(stream) {
    $('video-self').srcObject = stream;
    if (stream) $('video-self').play().catch(() => {});
  }

  setKioskMedia(state) {
    this.kioskMedia = state;
    this.renderKioskNote();
  }

  renderKioskNote() {
    const notes = [];
    if (this.kioskMedia.audio === false) notes.push(t('call.kioskMuted'));
    if (this.kioskMedia.video === false) notes.push(t('call.kioskCameraOff'));
    $('kiosk-note').textContent = notes.join(' · ');
    show($('kiosk-note'), notes.length > 0);
  }

  /** A standing problem of the call in plain words, or null. */
  alert(text) {
    $('call-alert').textContent = text || '';
    show($('call-alert'), !!text);
  }

  setControls(patch) {
    Object.assign(this.state, patch);
    this.renderControls();
  }

  renderControls() {
    const s = this.state;
    const set = (id, key, pressed, disabled) => {
      const b = $(id);
      b.querySelector('.label').textContent = t(key);
      b.setAttribute('aria-pressed', String(!!pressed));
      b.disabled = !!disabled;
    };
    set('btn-mute', s.muted ? 'call.unmute' : 'call.mute', s.muted, !s.hasAudio);
    set('btn-camera', s.cameraOff ? 'call.cameraOn' : 'call.cameraOff', s.cameraOff, !s.hasVideo);
    set('btn-share', s.sharing ? 'call.shareStop' : 'call.share', s.sharing, false);
    set('btn-kiosk-screen', s.kioskScreen ? 'call.kioskScreenStop' : 'call.kioskScreenAsk', s.kioskScreen, false);
    $('btn-end').querySelector('.label').textContent = t(this.guest ? 'call.leave' : 'call.end');
  }

  setQuality(level, sample) {
    const q = $('quality');
    q.dataset.level = level || 'good';
    $('quality-text').textContent = level ? `${t('quality.label')}：${t('quality.' + level)}` : `${t('quality.label')}：—`;
    if (sample && sample.rttMs != null) {
      $('quality-figures').textContent = t('quality.figures', {
        rtt: sample.rttMs,
        loss: sample.loss == null ? '0' : (sample.loss * 100).toFixed(1),
        inKbps: sample.inKbps ?? '—',
        outKbps: sample.outKbps ?? '—',
      });
    } else {
      $('quality-figures').textContent = '';
    }
  }

  /** @param from 'EXPERT' | 'KIOSK' | 'note' */
  addChat(from, text, at) {
    const li = el('li', from === 'EXPERT' ? 'me' : from === 'note' ? 'note' : 'them');
    if (from !== 'note') {
      li.append(el('span', 'meta', `${t(from === 'EXPERT' ? 'chat.me' : 'chat.kiosk')} · ${clock(at || Date.now())}`));
    }
    li.append(el('span', 'text', text));
    $('chat-log').append(li);
    show($('chat-empty'), false);
    li.scrollIntoView({block: 'nearest'});
  }

  showWrapup({byKiosk, reason, wasAvailable}) {
    $('wrapup-title').textContent = t(byKiosk ? 'wrapup.title' : 'wrapup.endedByMe');
    const key = 'wrapup.reason.' + reason;
    const text = t(key);
    $('wrapup-reason').textContent = text === key ? t('wrapup.reason.other') : text;
    $('wrapup-body').textContent = t(wasAvailable ? 'wrapup.body' : 'wrapup.bodyAway');
    this.setPhase('wrapup');
  }

  rerender() {
    this.renderCase();
    this.renderControls();
    this.renderKioskNote();
    if (this.phase) $('call-phase').textContent = t('call.phase.' + this.phase);
  }
}
