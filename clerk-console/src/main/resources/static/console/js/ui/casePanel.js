// The 办件材料 panel of the call view: one row per material of the item's checklist with its
// status and the lead's actions, the document asked for it, and the closing (签字确认, 回执).
// Everything from the network goes in through textContent.

import {t} from '../i18n.js';
import {$, el, show} from './dom.js';

const DEFAULT_PROMISE_DAYS = 5;

function today(offsetDays) {
  const d = new Date();
  d.setDate(d.getDate() + (offsetDays || 0));
  const pad = (n) => String(n).padStart(2, '0');
  return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
}

export class CasePanel {
  constructor(file) {
    this.file = file;
    this.dates = new Map();
    $('btn-closing').addEventListener('click', () => file.requestClosing());
    $('btn-receipt').addEventListener('click', () => file.downloadReceipt());
  }

  render() {
    const f = this.file;
    const panel = $('materials-panel');
    const visible = f.lead();
    show(panel, visible);
    if (!visible) return;
    const list = $('materials-list');
    list.replaceChildren(...f.materials.map((m) => this.row(m)));
    show($('materials-empty'), f.loaded && f.materials.length === 0);
    const done = f.materials.filter((m) => m.status !== 'UNMARKED').length;
    $('materials-count').textContent = f.materials.length ? t('materials.count', {done, total: f.materials.length}) : '';
    this.renderClosing();
    const error = $('materials-error');
    error.textContent = f.error || '';
    show(error, !!f.error);
  }

  row(m) {
    const f = this.file;
    const li = el('li', 'material');
    li.dataset.code = m.code;
    li.dataset.status = m.status;
    const head = el('div', 'material-head');
    head.append(el('span', 'material-name', m.name));
    const badges = el('span', 'material-badges');
    badges.append(el('span', 'badge ' + (m.required ? 'need' : 'optional'), t(m.required ? 'materials.required' : 'materials.optional')));
    if (m.deferrable) badges.append(el('span', 'badge deferrable', t('materials.deferrable')));
    head.append(badges);
    li.append(head);
    const counts = [];
    if (m.originals) counts.push(t('materials.originals', {n: m.originals}));
    if (m.copies) counts.push(t('materials.copies', {n: m.copies}));
    if (counts.length) li.append(el('div', 'muted small', counts.join(' · ')));
    const status = el('div', 'material-status');
    const badge = el('span', 'status-badge', m.status === 'PROMISED'
      ? t('materials.status.PROMISED', {date: m.promisedDate}) : t('materials.status.' + m.status));
    badge.dataset.status = m.status;
    status.append(badge);
    if (m.note) status.append(el('span', 'muted small', m.note));
    li.append(status);

    const actions = el('div', 'material-actions');
    const can = f.active();
    const busy = f.busy.has('mark:' + m.code);
    const button = (key, cls, onClick, enabled = true) => {
      const b = el('button', cls, t(key));
      b.type = 'button';
      b.dataset.action = key.split('.').pop();
      b.disabled = !can || busy || !enabled;
      b.addEventListener('click', onClick);
      actions.append(b);
      return b;
    };
    button('materials.received', 'ok', () => f.mark(m.code, 'RECEIVED'), m.status !== 'RECEIVED');
    if (m.deferrable) {
      const date = document.createElement('input');
      date.type = 'date';
      date.className = 'promise-date';
      date.min = today(0);
      date.value = this.dates.get(m.code) || m.promisedDate || today(DEFAULT_PROMISE_DAYS);
      date.disabled = !can || busy;
      date.setAttribute('aria-label', t('materials.promiseDate'));
      date.addEventListener('change', () => this.dates.set(m.code, date.value));
      actions.append(date);
      button('materials.promise', '', () => f.mark(m.code, 'PROMISED', date.value));
    }
    button('materials.notApplicable', 'quiet', () => f.mark(m.code, 'NOT_APPLICABLE'), m.status !== 'NOT_APPLICABLE');
    if (m.status !== 'UNMARKED') button('materials.undo', 'link', () => f.mark(m.code, 'UNMARKED'));
    const doc = f.documentOf(m.code);
    const open = f.isOpen(doc);
    const ask = button('materials.capture', 'primary', () => f.requestDocument(m.code), !open);
    ask.dataset.action = 'capture';
    li.append(actions);
    if (doc) li.append(this.documentLine(doc));
    return li;
  }

  documentLine(d) {
    const line = el('div', 'document-line');
    line.dataset.phase = d.phase;
    let text = t('doc.phase.' + d.phase);
    if (d.phase === 'REJECTED' && d.reason) text += '：' + t('doc.reason.' + d.reason);
    if (d.phase === 'PROBLEM' && d.problem) text += '：' + t('doc.problem.' + d.problem);
    line.append(el('span', 'document-phase', text));
    if (d.attempt > 1) line.append(el('span', 'muted small', t('doc.attempt', {n: d.attempt})));
    if (d.imagePath && d.phase !== 'CANCELLED') {
      const view = el('button', d.phase === 'UPLOADED' ? 'primary' : 'quiet', t(d.phase === 'UPLOADED' ? 'doc.check' : 'doc.view'));
      view.type = 'button';
      view.dataset.action = 'view';
      view.addEventListener('click', () => this.file.openViewer(d.documentId));
      line.append(view);
    }
    return line;
  }

  renderClosing() {
    const f = this.file;
    const c = f.closing;
    const button = $('btn-closing');
    button.disabled = !f.active() || f.busy.has('closing') || (c && c.phase === 'SIGNED');
    button.textContent = t(c && c.phase === 'SHOWN' ? 'closing.again' : 'closing.request');
    const status = $('closing-status');
    status.textContent = c ? t('closing.phase.' + c.phase) : t('closing.hint');
    status.dataset.phase = c ? c.phase : '';
    show($('btn-receipt'), !!c && c.phase === 'SIGNED' && !!c.receiptPath);
  }
}
