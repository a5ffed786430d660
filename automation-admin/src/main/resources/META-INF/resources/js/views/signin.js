// Sign-in with the API token: kept in this browser session only (sessionStorage).
import { api, ApiError, signIn } from '../api.js';
import { field, h } from '../dom.js';
import { describe } from '../errors.js';
import { t } from '../i18n.js';

export function renderSignIn(onSignedIn) {
  const input = h('input', { type: 'password', name: 'token', autocomplete: 'current-password', required: true });
  const alert = h('div');
  const form = h('form', { class: 'card signin', novalidate: true },
    h('h1', { text: t('signin.title') }),
    h('p', { class: 'lead', text: t('signin.lead') }),
    alert,
    field(t('signin.token'), input, { hint: t('signin.tokenHint') }),
    h('div', { class: 'actions-bar' }, h('button', { type: 'submit', class: 'primary', text: t('signin.submit') })));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const value = input.value.trim();
    alert.replaceChildren();
    if (!value) {
      alert.append(h('div', { class: 'alert error', role: 'alert', text: t('signin.missing') }));
      input.focus();
      return;
    }
    try {
      await api('/api/v1/automations', { tokenOverride: value });
      signIn(value);
      if (!location.hash || location.hash === '#') location.hash = '#/automations'; // the route follows
      else onSignedIn();
    } catch (error) {
      const text = error instanceof ApiError && error.status === 401 ? t('signin.wrong') : describe(error);
      alert.append(h('div', { class: 'alert error', role: 'alert', text }));
      input.setAttribute('aria-invalid', 'true');
      input.focus();
    }
  });
  return form;
}
