// User text only comes from here: t(key, params). zh-CN is the default; the choice is kept in
// localStorage. Elements with data-i18n="key" (text) or data-i18n-attr="attr:key" are filled by
// apply(); views re-render themselves on the 'languagechange' event of window.

import zhCN from './locales/zh-CN.js';
import en from './locales/en.js';

const DICTIONARIES = {'zh-CN': zhCN, en};
const STORE = 'console.lang';
let current = DICTIONARIES[localStorage.getItem(STORE)] ? localStorage.getItem(STORE) : 'zh-CN';

export function language() {
  return current;
}

export function setLanguage(lang) {
  if (!DICTIONARIES[lang] || lang === current) return;
  current = lang;
  localStorage.setItem(STORE, lang);
  apply(document);
  window.dispatchEvent(new Event('languagechange-console'));
}

export function t(key, params) {
  let text = DICTIONARIES[current][key];
  if (text === undefined) text = zhCN[key];
  if (text === undefined) {
    console.warn('i18n: no text for', key);
    return key;
  }
  if (params) {
    text = text.replace(/\{(\w+)\}/g, (m, name) => (params[name] === undefined ? m : String(params[name])));
  }
  return text;
}

/** A text only if the dictionary has it (e.g. names of item codes). */
export function has(key) {
  return DICTIONARIES[current][key] !== undefined || zhCN[key] !== undefined;
}

export function apply(root) {
  document.documentElement.lang = current;
  document.title = t('app.title');
  root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-attr]').forEach((el) => {
    for (const pair of el.dataset.i18nAttr.split(';')) {
      const [attr, key] = pair.split(':');
      el.setAttribute(attr.trim(), t(key.trim()));
    }
  });
}

/** Time of day in the current language's style. */
export function clock(ms) {
  return new Date(ms).toLocaleTimeString(current, {hour: '2-digit', minute: '2-digit'});
}

/** A duration as m:ss or h:mm:ss. */
export function duration(seconds) {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}
