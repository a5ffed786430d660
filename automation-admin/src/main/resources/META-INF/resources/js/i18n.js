// English and French texts, from i18n/<lang>.json: the browser's language unless the user chose one.

const SUPPORTED = ['en', 'fr'];
const CHOICE = 'smsauto.language';
let texts = {};
let current = 'en';

export function language() {
  return current;
}

export function preferredLanguage() {
  const chosen = localStorage.getItem(CHOICE);
  if (SUPPORTED.includes(chosen)) return chosen;
  for (const tag of navigator.languages || [navigator.language]) {
    const base = String(tag || '').toLowerCase().split('-')[0];
    if (SUPPORTED.includes(base)) return base;
  }
  return 'en';
}

export async function load(lang, remember = false) {
  const answer = await fetch(`i18n/${lang}.json`);
  texts = await answer.json();
  current = lang;
  document.documentElement.lang = lang;
  if (remember) localStorage.setItem(CHOICE, lang);
}

/** The text for {@code key}, with {name} placeholders filled from {@code params}. */
export function t(key, params = {}) {
  const text = key.split('.').reduce((node, part) => (node == null ? undefined : node[part]), texts);
  if (typeof text !== 'string') return key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/** A date and time in the page's language, with the browser's regional conventions when they match it (en-GB). */
export function formatTime(iso) {
  if (!iso) return '';
  const locale = (navigator.languages || []).find((tag) => tag.toLowerCase().split('-')[0] === current) || current;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'medium' }).format(new Date(iso));
}
