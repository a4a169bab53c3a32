// The idle screen: the waiting picture per skill (queue.summary, spec C) with live wait times,
// and the expert's recent sessions (GET /api/sessions/mine, spec E).

import {$, el} from './dom.js';
import {t, clock, duration} from '../i18n.js';
import {codeName, placeLabel} from './names.js';

export class Dashboard {
  constructor(serverNow) {
    this.serverNow = serverNow;
    this.skills = [];
    this.summaries = new Map();
    this.recent = null;
    this.recentState = 'loading';
    setInterval(() => this.tickWaits(), 1000);
  }

  setSkills(skills) {
    this.skills = skills || [];
    this.renderWaiting();
  }

  onSummary(body) {
    this.summaries.set(body.skill, body);
    this.renderWaiting();
  }

  clearSummaries() {
    this.summaries.clear();
    this.renderWaiting();
  }

  renderWaiting() {
    const box = $('waiting-body');
    box.replaceChildren();
    if (this.summaries.size === 0) {
      box.append(el('p', 'muted', t('waiting.none')));
      return;
    }
    const skills = [...new Set([...this.skills, ...this.summaries.keys()])].filter((s) => this.summaries.has(s));
    for (const skill of skills) {
      const s = this.summaries.get(skill);
      const queue = el('div', 'queue');
      queue.dataset.skill = skill;
      const head = el('div', 'queue-head');
      const name = el('span', 'queue-name', codeName(skill));
      if (codeName(skill) !== skill) name.append(el('span', 'code', skill));
      const total = el('span', 'queue-total', s.total > 0 ? t('waiting.total', {total: s.total}) : t('waiting.empty'));
      total.dataset.count = String(s.total);
      head.append(name, total);
      queue.append(head);
      queue.append(el('div', 'queue-experts', t('waiting.experts', {online: s.expertsOnline ?? 0, available: s.expertsAvailable ?? 0})));
      const list = el('ol', 'waiters');
      (s.waiting || []).forEach((w, i) => {
        const li = el('li');
        li.append(el('span', 'pos', i + 1));
        if (w.priority === 'GREEN_CHANNEL') li.append(el('span', 'badge green', t('waiting.green')));
        const where = el('span', 'where', placeLabel(w));
        const item = w.itemCode || w.departmentCode;
        if (item && item !== skill) where.append(el('span', 'muted', ' · ' + codeName(item)));
        li.append(where);
        const wait = el('span', 'wait');
        wait.dataset.requestedAt = String(w.requestedAt);
        li.append(wait);
        list.append(li);
      });
      queue.append(list);
      const more = (s.total || 0) - (s.waiting || []).length;
      if (more > 0) queue.append(el('p', 'muted small', t('waiting.more', {count: more})));
      box.append(queue);
    }
    this.tickWaits();
  }

  tickWaits() {
    const now = this.serverNow();
    document.querySelectorAll('#waiting-body .wait').forEach((node) => {
      const seconds = (now - Number(node.dataset.requestedAt)) / 1000;
      node.textContent = t('waiting.waited', {time: duration(seconds)});
    });
  }

  setRecent(state, sessions) {
    this.recentState = state;
    if (sessions) this.recent = sessions;
    this.renderRecent();
  }

  renderRecent() {
    const box = $('recent-body');
    box.replaceChildren();
    if (this.recentState !== 'ok' || !this.recent) {
      box.append(el('p', 'muted', t('recent.' + this.recentState)));
      return;
    }
    const today = new Date().toDateString();
    const rows = this.recent.filter((s) => new Date(s.requestedAt || s.endedAt).toDateString() === today);
    if (rows.length === 0) {
      box.append(el('p', 'muted', t('recent.empty')));
      return;
    }
    const table = el('table', 'recent-table');
    const head = el('tr');
    for (const col of ['time', 'item', 'place', 'case', 'outcome', 'duration']) head.append(el('th', null, t('recent.col.' + col)));
    table.append(el('thead'));
    table.tHead.append(head);
    const body = el('tbody');
    for (const s of rows) {
      const tr = el('tr');
      tr.dataset.sessionId = s.sessionId;
      tr.append(el('td', null, clock(Date.parse(s.acceptedAt || s.requestedAt))));
      tr.append(el('td', null, codeName(s.itemCode || s.departmentCode || s.skill)));
      tr.append(el('td', null, placeLabel(s)));
      tr.append(el('td', null, (s.outcome && s.outcome.caseNumber) || s.caseNumber || '—'));
      const outcome = s.outcome ? t('outcome.' + s.outcome.outcome) : (s.acceptedAt ? t('recent.noOutcome') : t('recent.notAnswered'));
      tr.append(el('td', s.outcome ? 'outcome' : 'muted', outcome));
      tr.append(el('td', null, s.handleSeconds != null ? duration(s.handleSeconds) : '—'));
      body.append(tr);
    }
    table.append(body);
    box.append(table);
  }

  rerender() {
    this.renderWaiting();
    this.renderRecent();
  }
}
