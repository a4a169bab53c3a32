// The ring overlay: who is calling, for what, the countdown to the deadline, accept / decline.

import {$, show} from './dom.js';
import {t, duration} from '../i18n.js';
import {itemLabel, placeLabel} from './names.js';
import * as ring from '../ring.js';

export class RingView {
  /** @param serverNow () => server time in ms */
  constructor(serverNow, {onAccept, onDecline}) {
    this.serverNow = serverNow;
    this.current = null;
    this.timer = null;
    $('ring-accept').addEventListener('click', () => onAccept());
    $('ring-decline').addEventListener('click', () => onDecline());
  }

  show(sessionId, body) {
    this.current = {sessionId, body, receivedAt: Date.now()};
    this.render();
    show($('ring'), true);
    const sounding = ring.startTone();
    show($('ring-sound'), !sounding && ring.audioBlocked());
    $('ring-accept').disabled = false;
    $('ring-decline').disabled = false;
    $('ring-accept').focus();
    clearInterval(this.timer);
    this.timer = setInterval(() => this.tick(), 250);
    this.tick();
  }

  render() {
    if (!this.current) return;
    const r = this.current.body.request || {};
    $('ring-item').textContent = itemLabel(r);
    $('ring-place').textContent = placeLabel(r);
    $('ring-case').textContent = r.caseNumber || t('ring.noCase');
    show($('ring-green'), r.priority === 'GREEN_CHANNEL');
    const handover = r.invitedBy || r.transferredFrom;
    const invited = !!r.invitedBy;
    show($('ring-handover-label'), !!handover);
    show($('ring-handover'), !!handover);
    $('ring-handover-label').textContent = t(invited ? 'ring.invitedBy' : 'ring.handover');
    $('ring-handover').textContent = !handover ? ''
      : handover.note ? t(invited ? 'ring.invitedByNote' : 'ring.handoverNote', {name: handover.fromName, note: handover.note})
        : t(invited ? 'ring.invitedByText' : 'ring.handoverFrom', {name: handover.fromName});
    this.tick();
  }

  tick() {
    if (!this.current) return;
    const {body, receivedAt} = this.current;
    const total = body.timeoutSeconds || 20;
    // The deadline is on the server's clock; fall back to counting from receipt if it looks wrong.
    let left = ring.secondsLeft(body.deadline, this.serverNow());
    if (!(left <= total + 2)) left = Math.max(0, Math.ceil(total - (Date.now() - receivedAt) / 1000));
    $('ring-countdown').textContent = left > 0 ? t('ring.countdown', {seconds: left}) : t('ring.countdownOver');
    $('ring-bar').style.width = Math.max(0, Math.min(100, (left / total) * 100)) + '%';
    const r = body.request || {};
    if (r.requestedAt) $('ring-waited').textContent = t('ring.waited', {time: duration((this.serverNow() - r.requestedAt) / 1000)});
    if (!ring.audioBlocked()) show($('ring-sound'), false);
  }

  busy() {
    $('ring-accept').disabled = true;
    $('ring-decline').disabled = true;
  }

  hide() {
    this.current = null;
    clearInterval(this.timer);
    ring.stopTone();
    show($('ring'), false);
  }

  sessionId() {
    return this.current && this.current.sessionId;
  }

  request() {
    return this.current && this.current.body.request;
  }
}
