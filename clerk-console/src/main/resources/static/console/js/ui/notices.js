// Notices: plain-words messages in the corner, each with what to do next. Problems stay until
// dismissed; information goes away by itself after a while.

import {el, $} from './dom.js';
import {t} from '../i18n.js';

/** @param kind 'info' | 'warn' | 'problem' */
export function notify(text, kind = 'info', {sticky = kind === 'problem', key} = {}) {
  const box = $('notices');
  if (key) {
    const old = box.querySelector(`[data-key="${key}"]`);
    if (old) old.remove();
  }
  const notice = el('div', 'notice');
  notice.dataset.kind = kind;
  if (key) notice.dataset.key = key;
  notice.append(el('p', null, text));
  const close = el('button', 'quiet', t('action.dismiss'));
  close.type = 'button';
  close.addEventListener('click', () => notice.remove());
  notice.append(close);
  box.append(notice);
  while (box.children.length > 4) box.firstElementChild.remove();
  if (!sticky) setTimeout(() => notice.remove(), 8000);
  return notice;
}

export function clearNotice(key) {
  const old = $('notices').querySelector(`[data-key="${key}"]`);
  if (old) old.remove();
}

/** Plain words for an `error` envelope body or a local failure code. */
export function errorText(error) {
  const code = (error && error.code) || 'INTERNAL_ERROR';
  const key = 'error.' + code;
  const text = t(key);
  return text === key ? t('error.generic', {code}) : text;
}
