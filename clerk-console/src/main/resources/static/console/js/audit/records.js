// The two record lists (sessions, identity checks): filters, table, pages, CSV export, and the
// detail of the row clicked. Every read is logged on the server.

import * as api from './api.js';
import {t, when, span} from './text.js';
import {showSession, showVerification} from './detail.js';

const PAGE_SIZE = 20;
const $ = (id) => document.getElementById(id);

const COLUMNS = {
  sessions: [
    ['col.requestedAt', (r) => when(r.requestedAt)], ['col.case', (r) => r.caseNumber || '—'],
    ['col.district', (r) => r.district || '—'], ['col.kiosk', (r) => r.kioskName || r.kioskId],
    ['col.item', (r) => r.itemCode || r.departmentCode || '—'], ['col.expert', (r) => r.expertId || '—'],
    ['col.wait', (r) => span(r.waitMillis)], ['col.handle', (r) => span(r.handleMillis)],
    ['col.outcome', (r) => t('outcome.' + (r.outcome || 'NONE'))], ['col.rating', (r) => t('rating.' + (r.rating || 'NONE'))],
    ['col.verification', (r) => t('result.' + (r.verificationResult || 'NONE'))]],
  verifications: [
    ['col.openedAt', (r) => when(r.openedAt)], ['col.case', (r) => r.caseNumber || '—'],
    ['col.district', (r) => r.district || '—'], ['col.kiosk', (r) => r.kioskId], ['col.expert', (r) => r.expertId],
    ['col.phase', (r) => r.phase], ['col.machine', (r) => (r.machineVerdict ? t('result.' + r.machineVerdict) : '—')],
    ['col.decision', (r) => (r.decision ? t('result.' + r.decision) : '—')]],
};

export class RecordsView {
  constructor(auth, onExpired) {
    this.auth = auth;
    this.onExpired = onExpired;
    this.what = 'sessions';
    this.page = 0;
    $('filters').addEventListener('submit', (e) => { e.preventDefault(); this.page = 0; this.load(); });
    $('btn-clear').addEventListener('click', () => {
      $('filters').querySelectorAll('input, select').forEach((el) => { el.value = el.id === 'f-sort' ? 'requested_at' : ''; });
      this.page = 0;
      this.load();
    });
    $('btn-prev').addEventListener('click', () => { if (this.page > 0) { this.page--; this.load(); } });
    $('btn-next').addEventListener('click', () => { this.page++; this.load(); });
    $('btn-export').addEventListener('click', () => this.export());
  }

  show(what) {
    this.what = what;
    this.page = 0;
    document.querySelectorAll('.only-sessions').forEach((el) => { el.hidden = what !== 'sessions'; });
    $('detail').hidden = true;
    return this.load();
  }

  query(withPage) {
    const q = new URLSearchParams();
    const put = (name, id) => { const v = $(id).value.trim(); if (v) q.set(name, v); };
    put('from', 'f-from'); put('to', 'f-to'); put('district', 'f-district'); put('kiosk', 'f-kiosk');
    put('expert', 'f-expert'); put('item', 'f-item'); put('case', 'f-case');
    if (this.what === 'sessions') {
      put('outcome', 'f-outcome'); put('verification', 'f-verification'); put('sort', 'f-sort');
    } else {
      put('result', 'f-verification');
    }
    if (withPage) { q.set('page', String(this.page)); q.set('size', String(PAGE_SIZE)); }
    return q.toString();
  }

  async load() {
    $('records-error').hidden = true;
    $('records-count').textContent = t('records.loading');
    try {
      const page = await api.list(this.auth.token, this.what, this.query(true));
      this.render(page);
    } catch (e) {
      this.failed(e, 'records-error');
    }
  }

  render(page) {
    const columns = COLUMNS[this.what];
    const head = $('records-table').tHead;
    head.replaceChildren(row(columns.map(([key]) => cell('th', t(key)))));
    const body = $('records-table').tBodies[0];
    body.replaceChildren(...page.items.map((item) => {
      const tr = row(columns.map(([, value]) => cell('td', value(item))));
      tr.dataset.id = this.what === 'sessions' ? item.sessionId : item.verificationId;
      tr.tabIndex = 0;
      const open = () => this.open(tr);
      tr.addEventListener('click', open);
      tr.addEventListener('keydown', (e) => { if (e.key === 'Enter') open(); });
      return tr;
    }));
    const pages = Math.max(1, Math.ceil(page.total / page.size));
    $('records-count').textContent = page.total === 0 ? t('records.empty') : t('records.count', {total: page.total});
    $('page-label').textContent = t('records.page', {page: page.page + 1, pages});
    $('btn-prev').disabled = page.page === 0;
    $('btn-next').disabled = page.page + 1 >= pages;
  }

  async open(tr) {
    $('records-table').querySelectorAll('tr[aria-selected]').forEach((r) => r.removeAttribute('aria-selected'));
    tr.setAttribute('aria-selected', 'true');
    try {
      if (this.what === 'sessions') {
        await showSession(this.auth, tr.dataset.id, (id) => this.openVerification(id));
      } else {
        await this.openVerification(tr.dataset.id);
      }
    } catch (e) {
      this.failed(e, 'records-error');
    }
  }

  openVerification(id) {
    return showVerification(this.auth, id).catch((e) => this.failed(e, 'records-error'));
  }

  async export() {
    try {
      const blob = await api.exportCsv(this.auth.token, this.what, this.query(false));
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = `${this.what}-${new Date().toISOString().slice(0, 10)}.csv`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10000);
    } catch (e) {
      this.failed(e, 'records-error');
    }
  }

  failed(e, where) {
    if (e.kind === 'expired') { this.onExpired(); return; }
    $(where).textContent = t('error.' + (['invalid', 'unreachable', 'missing', 'gone'].includes(e.kind) ? e.kind : 'server'));
    $(where).hidden = false;
    $('records-count').textContent = '';
  }
}

function row(cells) {
  const tr = document.createElement('tr');
  tr.append(...cells);
  return tr;
}

function cell(tag, text) {
  const el = document.createElement(tag);
  el.textContent = text;
  return el;
}
