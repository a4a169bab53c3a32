// The auditors' pages (audit.html): sign-in as ADMIN, then the session list, the identity-check
// list, the statistics and the audit log. Admins read; every read is logged by the server.

import * as api from './api.js';
import {t, apply, toggleLanguage} from './text.js';
import {RecordsView} from './records.js';
import {StatisticsView} from './stats.js';
import {AuditLogView} from './log.js';

const $ = (id) => document.getElementById(id);
let records = null;
let statistics = null;
let auditLog = null;
const TABS = ['sessions', 'verifications', 'statistics', 'log'];

function fillOptions() {
  const label = (select, prefix) => select.querySelectorAll('option').forEach((o) => {
    o.textContent = o.value === '' ? t('filter.any') : t(prefix + o.value);
  });
  label($('f-outcome'), 'outcome.');
  label($('f-verification'), 'result.');
  label($('f-sort'), 'sort.');
}

function showLogin(message) {
  $('topbar').hidden = true;
  $('view-records').hidden = true;
  $('view-statistics').hidden = true;
  $('view-log').hidden = true;
  $('view-login').hidden = false;
  $('login-error').hidden = !message;
  $('login-error').textContent = message || '';
}

function expired() {
  api.forget();
  showLogin(t('error.expired'));
}

function open(tab) {
  for (const name of TABS) {
    $('nav-' + name).setAttribute('aria-selected', String(name === tab));
  }
  $('view-records').hidden = tab === 'statistics' || tab === 'log';
  $('view-statistics').hidden = tab !== 'statistics';
  $('view-log').hidden = tab !== 'log';
  if (tab === 'log') return auditLog.show();
  return tab === 'statistics' ? statistics.load() : records.show(tab);
}

function openTab() {
  return TABS.find((name) => $('nav-' + name).getAttribute('aria-selected') === 'true') || 'sessions';
}

function start(auth) {
  $('view-login').hidden = true;
  $('topbar').hidden = false;
  $('admin-name').textContent = auth.admin.displayName;
  records = new RecordsView(auth, expired);
  statistics = new StatisticsView(auth, expired);
  auditLog = new AuditLogView(auth, expired);
  $('nav-sessions').onclick = () => open('sessions');
  $('nav-verifications').onclick = () => open('verifications');
  $('nav-statistics').onclick = () => open('statistics');
  $('nav-log').onclick = () => open('log');
  window.__audit = {ready: true};
  return open('sessions');
}

$('login-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const username = $('login-username').value.trim();
  const password = $('login-password').value;
  if (!username || !password) { showLogin(t('login.missing')); return; }
  try {
    start(await api.signIn(username, password));
  } catch (err) {
    showLogin(t(err.kind === 'expired' ? 'login.wrong' : err.kind === 'throttled' ? 'login.throttled'
      : err.kind === 'unreachable' ? 'login.unreachable' : 'login.wrong'));
  }
});
const relabel = () => { toggleLanguage(); fillOptions(); };
$('btn-lang').addEventListener('click', () => {
  relabel();
  // The log is shown again in the new language without reading it again (a read is an audit entry).
  if (openTab() === 'log') auditLog.rerender(); else open(openTab() === 'statistics' ? 'statistics' : records.what);
});
$('login-lang').addEventListener('click', relabel);
$('btn-logout').addEventListener('click', () => { api.forget(); location.reload(); });

apply(document);
fillOptions();
const saved = api.savedAuth();
if (saved) start(saved); else showLogin();
