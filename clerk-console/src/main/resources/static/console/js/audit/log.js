// 审计日志: the audit log itself — whether its chain is intact, in plain words, and its entries
// newest first, a page at a time (GET /api/admin/audit/verify and /api/admin/audit). Both reads
// are themselves appended to the log by the server, so the newest page starts with this auditor's
// own read.

import * as api from './api.js';
import {t, when} from './text.js';

const PAGE_SIZE = 20;
const $ = (id) => document.getElementById(id);

/** What a chain check found, as a sentence an auditor can act on. */
export function chainWords(status) {
  if (status.intact) return t('log.intact', {checked: status.checked});
  return t('log.broken.' + status.problem, {entry: status.brokenAt});
}

/** "ADMIN:auditor" -> "审计 auditor"; the id stays exact. */
function actorWords(actor) {
  const [role, ...rest] = String(actor).split(':');
  const id = rest.join(':');
  const known = {ADMIN: 'log.actor.ADMIN', EXPERT: 'log.actor.EXPERT', KIOSK: 'log.actor.KIOSK'};
  if (actor === 'SYSTEM') return t('log.actor.SYSTEM');
  return known[role] && id ? t(known[role]) + ' ' + id : actor;
}

/** The action in words where the console knows it (the code is shown beneath it either way). */
function actionWords(action) {
  const event = /^(SESSION|VERIFICATION)_(.+)$/.exec(action);
  if (event) {
    const key = (event[1] === 'SESSION' ? 'kind.' : 'log.verification.') + event[2];
    const what = t(key);
    return what === key ? '' : t(event[1] === 'SESSION' ? 'log.onSession' : 'log.onVerification', {what});
  }
  const key = 'log.action.' + action;
  const words = t(key);
  return words === key ? '' : words;
}

function cell(tag, ...children) {
  const el = document.createElement(tag);
  el.append(...children);
  return el;
}

function actionCell(action) {
  const code = document.createElement('code');
  code.className = 'code';
  code.textContent = action;
  const words = actionWords(action);
  if (!words) return cell('td', code);
  const line = document.createElement('div');
  line.textContent = words;
  return cell('td', line, code);
}

export class AuditLogView {
  constructor(auth, onExpired) {
    this.auth = auth;
    this.onExpired = onExpired;
    this.page = null;
    this.status = null;
    $('btn-log-verify').addEventListener('click', () => this.verify());
    $('btn-log-newer').addEventListener('click', () => this.newer());
    $('btn-log-older').addEventListener('click', () => this.older());
  }

  /** The tab opened: check the chain, then show the newest entries (which include that check). */
  async show() {
    await this.verify();
    await this.load(null, PAGE_SIZE);
  }

  async verify() {
    const badge = $('log-chain');
    badge.className = 'chain';
    badge.textContent = t('log.checking');
    badge.removeAttribute('data-intact');
    $('log-chain-detail').textContent = '';
    try {
      this.status = await api.verifyAuditLog(this.auth.token);
      this.renderStatus();
    } catch (e) {
      badge.textContent = '';
      this.failed(e);
    }
  }

  renderStatus() {
    const status = this.status;
    if (!status) return;
    const badge = $('log-chain');
    badge.className = 'chain ' + (status.intact ? 'ok' : 'broken');
    badge.dataset.intact = String(status.intact);
    badge.textContent = status.intact ? t('log.intactShort') : t('log.brokenShort');
    $('log-chain-detail').textContent = chainWords(status) + t('log.checkedAt', {time: when(status.checkedAt)});
  }

  async load(from, limit) {
    $('log-error').hidden = true;
    const query = new URLSearchParams({limit: String(limit)});
    if (from !== null) query.set('from', String(from));
    try {
      this.page = await api.auditLog(this.auth.token, query.toString());
      this.render();
    } catch (e) {
      this.failed(e);
    }
  }

  /** Toward the newest entries: the page after this one. */
  newer() {
    if (this.page && this.page.next !== null) this.load(this.page.next, PAGE_SIZE);
  }

  /** Toward the first entry: the page before this one, never overlapping it. */
  older() {
    if (!this.page || this.page.from <= 1) return;
    const from = Math.max(1, this.page.from - PAGE_SIZE);
    this.load(from, this.page.from - from);
  }

  render() {
    const page = this.page;
    if (!page) return;
    const head = $('log-table').tHead;
    head.replaceChildren(cell('tr', ...['log.col.sequence', 'log.col.at', 'log.col.actor', 'log.col.action',
      'log.col.subject'].map((key) => cell('th', t(key)))));
    const rows = [...page.entries].reverse().map((entry) => {
      const tr = cell('tr', cell('td', String(entry.sequence)), cell('td', when(entry.at)),
        cell('td', actorWords(entry.actor)), actionCell(entry.action), cell('td', entry.subject || '—'));
      tr.dataset.sequence = String(entry.sequence);
      if (this.status && !this.status.intact && entry.sequence === this.status.brokenAt) {
        tr.classList.add('broken');
      }
      return tr;
    });
    $('log-table').tBodies[0].replaceChildren(...rows);
    const first = page.entries.length ? page.entries[0].sequence : page.from;
    const last = page.entries.length ? page.entries[page.entries.length - 1].sequence : page.from;
    $('log-count').textContent = t('log.count', {last: page.last});
    $('log-page-label').textContent = page.entries.length
      ? t('log.range', {first, last}) : t('log.empty');
    $('btn-log-newer').disabled = page.next === null;
    $('btn-log-older').disabled = page.from <= 1;
  }

  rerender() {
    this.renderStatus();
    this.render();
  }

  failed(e) {
    if (e.kind === 'expired') { this.onExpired(); return; }
    $('log-error').textContent = t('error.' + (['invalid', 'unreachable'].includes(e.kind) ? e.kind : 'server'));
    $('log-error').hidden = false;
  }
}
