// 日监测、周统计: the service's figures over a period and district, as numbers, tables and bars.

import * as api from './api.js';
import {t, span} from './text.js';

const $ = (id) => document.getElementById(id);
const SVG = 'http://www.w3.org/2000/svg';

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs).forEach(([k, v]) => (k === 'class' ? (node.className = v) : node.setAttribute(k, v)));
  node.append(...children);
  return node;
}

function percent(x) {
  return x === null || x === undefined ? t('stats.none') : (x * 100).toFixed(1) + '%';
}

/** Horizontal bars, one per label, scaled to the largest value. */
function bars(entries, id) {
  const height = 22;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'bars');
  svg.setAttribute('id', id);
  svg.setAttribute('viewBox', `0 0 400 ${Math.max(1, entries.length) * height}`);
  const max = Math.max(1, ...entries.map(([, v]) => v));
  entries.forEach(([label, value], i) => {
    const text = document.createElementNS(SVG, 'text');
    text.setAttribute('x', '0');
    text.setAttribute('y', String(i * height + 15));
    text.textContent = label;
    const rect = document.createElementNS(SVG, 'rect');
    rect.setAttribute('x', '150');
    rect.setAttribute('y', String(i * height + 4));
    rect.setAttribute('height', '14');
    rect.setAttribute('width', String(Math.max(1, (value / max) * 200)));
    const count = document.createElementNS(SVG, 'text');
    count.setAttribute('x', String(156 + (value / max) * 200));
    count.setAttribute('y', String(i * height + 15));
    count.textContent = String(value);
    svg.append(text, rect, count);
  });
  return svg;
}

function table(headers, rows, id) {
  return el('table', {class: 'records', id},
    el('thead', {}, el('tr', {}, ...headers.map((h) => el('th', {}, h)))),
    el('tbody', {}, ...rows.map((r) => el('tr', {}, ...r.map((c) => el('td', {}, String(c)))))));
}

export class StatisticsView {
  constructor(auth, onExpired) {
    this.auth = auth;
    this.onExpired = onExpired;
    $('stats-filters').addEventListener('submit', (e) => { e.preventDefault(); this.load(); });
  }

  async load() {
    $('stats-error').hidden = true;
    const q = new URLSearchParams();
    [['from', 's-from'], ['to', 's-to'], ['district', 's-district']].forEach(([n, id]) => {
      const v = $(id).value.trim();
      if (v) q.set(n, v);
    });
    try {
      this.render(await api.statistics(this.auth.token, q.toString()));
    } catch (e) {
      if (e.kind === 'expired') { this.onExpired(); return; }
      $('stats-error').textContent = t('error.' + (['invalid', 'unreachable'].includes(e.kind) ? e.kind : 'server'));
      $('stats-error').hidden = false;
    }
  }

  render(f) {
    const days = new Map();
    f.perDay.forEach((d) => days.set(d.day, (days.get(d.day) || 0) + d.sessions));
    const outcomes = Object.entries(f.outcomes).map(([k, v]) => [t('outcome.' + k), v]);
    const ratings = Object.entries(f.ratings).map(([k, v]) => [t('rating.' + k), v]);
    $('stats-body').replaceChildren(
      el('div', {class: 'card'}, el('h2', {}, t('stats.sessions')), el('p', {class: 'figure-big', id: 'stat-sessions'}, String(f.sessions))),
      el('div', {class: 'card'}, el('h2', {}, t('stats.firstTime')), el('p', {class: 'figure-big', id: 'stat-first-time'}, percent(f.firstTimeRate))),
      el('div', {class: 'card'}, el('h2', {}, t('stats.passRate')), el('p', {class: 'figure-big', id: 'stat-pass-rate'}, percent(f.verificationPassRate))),
      el('div', {class: 'card'}, el('h2', {}, t('stats.wait') + ' / ' + t('stats.handle')),
        el('p', {id: 'stat-wait'}, t('stats.wait') + '：' + t('stats.median', {value: span(f.waitTime.medianMillis)}) + '，'
          + t('stats.p90', {value: span(f.waitTime.p90Millis)})),
        el('p', {id: 'stat-handle'}, t('stats.handle') + '：' + t('stats.median', {value: span(f.handleTime.medianMillis)}) + '，'
          + t('stats.p90', {value: span(f.handleTime.p90Millis)}))),
      el('div', {class: 'card'}, el('h2', {}, t('stats.perDay')), bars([...days.entries()], 'chart-days'),
        table([t('stats.day'), t('col.district'), t('stats.count')], f.perDay.map((d) => [d.day, d.district || '—', d.sessions]), 'table-days')),
      el('div', {class: 'card'}, el('h2', {}, t('stats.outcomes')), bars(outcomes, 'chart-outcomes')),
      el('div', {class: 'card'}, el('h2', {}, t('stats.ratings')), bars(ratings, 'chart-ratings')));
  }
}
