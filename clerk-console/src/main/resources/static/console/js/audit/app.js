// The auditors' pages (audit.html): sign-in as ADMIN, then the session list, the identity-check
// list and the statistics. Admins read; every read is logged by the server.

import * as api from './api.js';
import {t, apply, toggleLanguage} from './text.js';
import {RecordsView} from './records.js';
import {StatisticsView} from './stats.js';

const $ = (id) => document.getElementById(id);
let records = null;
let statistics = null;

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
  $('view-login').hidden = false;
  $('login-error').hidden = !message;
  $('login-error').textContent = message || '';
}

function expired() {
  api.forget();
  showLogin(t('error.expired'));
}

function open(tab) {
  for (const name of ['sessions', 'verifications', 'statistics']) {
    $('nav-' + name).setAttribute('aria-selected', String(name === tab));
  }
  $('view-records').hidden = tab === 'statistics';
  $('view-statistics').hidden = tab !== 'statistics';
  return tab === 'statistics' ? statistics.load() : records.show(tab);
}

function start(auth) {
  $('view-login').hidden = true;
  $('topbar').hidden = false;
  $('admin-name').textContent = auth.admin.displayName;
  records = new RecordsView(auth, expired);
  statistics = new StatisticsView(auth, expired);
  $('nav-sessions').onclick = () => open('sessions');
  $('nav-verifications').onclick = () => open('verifications');
  $('nav-statistics').onclick = () => open('statistics');
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
$('btn-lang').addEventListener('click', () => { relabel(); open($('nav-statistics').getAttribute('aria-selected') === 'true' ? 'statistics' : records.what); });
$('login-lang').addEventListener('click', relabel);
$('btn-logout').addEventListener('click', () => { api.forget(); location.reload(); });

apply(document);
fillOptions();
const saved = api.savedAuth();
if (saved) start(saved); else showLogin();
