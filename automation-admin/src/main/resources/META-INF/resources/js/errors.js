// Validation errors of the API ({field, message} with paths like "actions[0].message") shown next to
// the inputs that carry the same path in data-field; the rest above the form.
import { h, uid } from './dom.js';
import { t } from './i18n.js';

export function clearErrors(root) {
  root.querySelectorAll('.field-error, .form-error').forEach((e) => e.remove());
  root.querySelectorAll('[aria-invalid]').forEach((el) => {
    el.removeAttribute('aria-invalid');
    const ids = (el.getAttribute('aria-describedby') || '').split(' ').filter((id) => !id.startsWith('err-'));
    if (ids.length) el.setAttribute('aria-describedby', ids.join(' '));
    else el.removeAttribute('aria-describedby');
  });
}

/** The element for an API field path, or for the nearest enclosing path ("numbers[2]" → "numbers"). */
export function findField(root, path) {
  let current = path || '';
  while (current) {
    const el = root.querySelector(`[data-field="${CSS.escape(current)}"]`);
    if (el) return el;
    const parent = current.match(/^(.*)(\[\d+\]|\.[^.[\]]+)$/);
    current = parent ? parent[1] : '';
  }
  return null;
}

/**
 * Shows an ApiError in {@code root}: each violation by its field, the detail (or violations that name
 * no field here) in an alert at {@code alertPlace}. Focuses the first invalid input.
 */
export function showError(root, error, alertPlace = root) {
  clearErrors(root);
  const unplaced = [];
  let first = null;
  for (const violation of error.violations || []) {
    const el = findField(root, violation.field);
    if (!el) {
      unplaced.push(violation);
      continue;
    }
    markInvalid(el, violation.message);
    first = first || el;
  }
  if (!first || unplaced.length) {
    const lines = unplaced.map((v) => `${v.field}: ${v.message}`);
    alertPlace.prepend(h('div', { class: 'alert error form-error', role: 'alert' },
      h('strong', { text: describe(error) }), lines.length ? h('ul', {}, lines.map((l) => h('li', { text: l }))) : null));
  }
  if (first) (first.matches('fieldset, section') ? first.querySelector('input, select, textarea, button') || first : first).focus();
}

function markInvalid(el, message) {
  const id = uid('err');
  const note = h('p', { class: 'field-error', id, text: message });
  const row = el.closest('.row');
  if (el.matches('fieldset, section')) el.querySelector('legend, h2').after(note);
  else if (row) row.after(note);
  else el.after(note);
  if (!el.matches('fieldset, section')) {
    el.setAttribute('aria-invalid', 'true');
    el.setAttribute('aria-describedby', `${el.getAttribute('aria-describedby') || ''} ${id}`.trim());
  }
}

/** A sentence for an error, by its status. */
export function describe(error) {
  switch (error.status) {
    case 0: return t('errors.network');
    case 400: return t('errors.malformed');
    case 404: return t('errors.notFound');
    case 409: return error.problem.detail || t('errors.conflict');
    case 412: return t('errors.changedElsewhere');
    case 422: return t('errors.invalid');
    case 502: case 503: return `${t('errors.unavailable')} ${error.problem.detail || ''}`.trim();
    default: return error.message || t('errors.unexpected');
  }
}

/** An alert for an error outside a form (loading a page). */
export function errorAlert(error) {
  return h('div', { class: 'alert error', role: 'alert', text: describe(error) });
}
