// The form of one action, as the product's users know it: its name, then the fields of its type, and
// "Save action" at the bottom right.
import { api, ApiError } from '../api.js';
import { field, h, keyValueRows, replace, rows, uid } from '../dom.js';
import { clearErrors, showError } from '../errors.js';
import { t } from '../i18n.js';
import { segments } from '../sms.js';
import { actionTypeLabel, PLACEHOLDERS } from './labels.js';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/**
 * @param action  the action to edit ({type} only for a new one)
 * @param onSave  called with the action's value; may throw an ApiError, shown in the form
 */
export function actionForm({ action, onSave, onCancel }) {
  const headingId = uid('action');
  const name = h('input', { type: 'text', value: action.name || '', autocomplete: 'off' });
  const parts = typeFields(action);
  const form = h('form', { class: 'action-form', novalidate: true, 'aria-labelledby': headingId, dataset: { type: action.type } },
    h('h3', { id: headingId, text: `${t(action.id ? 'actions.editTitle' : 'actions.newTitle')}: ${actionTypeLabel(action.type)}` }),
    h('p', { class: 'hint', text: t(`actionHints.${action.type}`) }),
    field(t('actions.name'), name, { hint: t('actions.nameHint'), dataField: 'name' }),
    parts.elements,
    h('div', { class: 'actions-bar' },
      h('button', { type: 'button', text: t('common.cancel'), onclick: onCancel }),
      h('button', { type: 'submit', class: 'primary save-action', text: t('actions.save') })));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    const save = form.querySelector('.save-action');
    save.disabled = true;
    try {
      await onSave({ ...(action.id ? { id: action.id } : {}), name: name.value.trim(), type: action.type, ...parts.value() });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      showError(form, error);
    } finally {
      save.disabled = false;
    }
  });
  form.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') onCancel();
  });
  return {
    element: form,
    focus: () => name.focus(),
    showError: (error) => showError(form, error),
  };
}

function typeFields(action) {
  switch (action.type) {
    case 'ADD_TO_GROUP':
    case 'REMOVE_FROM_GROUP':
      return listPicker(action.listId);
    case 'SEND_REPLY':
      return messageBox(action.message);
    case 'FORWARD_TO_MOBILE': {
      const numbers = rows({ legend: t('actions.numbers'), dataField: 'numbers', values: action.numbers || [''], type: 'tel',
        addLabel: t('actions.addNumber'), removeLabel: t('common.remove'), placeholder: '+33612345678',
        hint: t('actions.numbersHint') });
      return { elements: [numbers.element], value: () => ({ numbers: numbers.values() }) };
    }
    case 'FORWARD_TO_EMAIL': {
      const emails = rows({ legend: t('actions.emails'), dataField: 'emails', values: action.emails || [''], type: 'email',
        addLabel: t('actions.addEmail'), removeLabel: t('common.remove'), placeholder: 'name@example.com',
        hint: t('actions.emailsHint') });
      return { elements: [emails.element], value: () => ({ emails: emails.values() }) };
    }
    case 'FORWARD_TO_URL':
      return urlFields(action);
    default:
      return { elements: [], value: () => ({}) };
  }
}

function listPicker(listId) {
  const select = h('select', {}, h('option', { value: '', text: t('common.loading') }));
  const wrap = h('div', {}, field(t('actions.list'), select, { dataField: 'listId' }));
  api('/api/v1/lists').then((lists) => {
    replace(select, h('option', { value: '', text: t('actions.chooseList') }),
      lists.map((l) => h('option', { value: l.id, text: `${l.name} (${l.memberCount})` })));
    if (listId) select.value = listId;
    if (!lists.length) {
      wrap.append(h('p', { class: 'alert info' }, t('actions.noList'), ' ',
        h('a', { href: '#/lists', text: t('actions.createList') })));
    }
  }).catch((error) => {
    select.replaceChildren(h('option', { value: listId || '', text: listId || '?' }));
    wrap.append(h('p', { class: 'alert error', role: 'alert', text: `${t('actions.listsUnavailable')} (${error.message})` }));
  });
  return { elements: [wrap], value: () => ({ listId: select.value }) };
}

/** A message box with its character and SMS count, and buttons that insert the placeholders. */
export function messageBox(message, { label = t('actions.message'), dataField = 'message' } = {}) {
  const box = h('textarea', { rows: 4, value: message || '' });
  const counterId = uid('counter');
  const counter = h('p', { class: 'counter', id: counterId, 'aria-live': 'polite' });
  const update = () => {
    const count = segments(box.value);
    counter.textContent = t('actions.counter', { characters: count.characters, segments: count.segments, encoding: count.encoding, perSegment: count.perSegment });
    counter.classList.toggle('over', box.value.length > 1600);
  };
  box.addEventListener('input', update);
  update();
  const insert = (placeholder) => {
    const start = box.selectionStart ?? box.value.length;
    const end = box.selectionEnd ?? box.value.length;
    const text = `{{${placeholder}}}`;
    box.value = box.value.slice(0, start) + text + box.value.slice(end);
    box.focus();
    box.setSelectionRange(start + text.length, start + text.length);
    update();
  };
  const fieldEl = field(label, box, { hint: t('actions.messageHint'), dataField });
  box.setAttribute('aria-describedby', `${box.getAttribute('aria-describedby')} ${counterId}`);
  fieldEl.append(counter,
    h('div', { class: 'placeholders', role: 'group', 'aria-label': t('actions.placeholders') },
      h('span', { class: 'hint', text: `${t('actions.placeholders')}:` }),
      PLACEHOLDERS.map((p) => h('button', { type: 'button', text: `{{${p}}}`, title: t(`placeholders.${p}`),
        'aria-label': `${t('actions.insert')} {{${p}}}: ${t(`placeholders.${p}`)}`, onclick: () => insert(p) }))));
  return { elements: [fieldEl], value: () => ({ message: box.value }), box };
}

function urlFields(action) {
  const method = h('select', {}, METHODS.map((m) => h('option', { value: m, text: m })));
  method.value = action.method || 'POST';
  const url = h('input', { type: 'url', value: action.url || '', placeholder: 'https://example.com/hook', autocomplete: 'off' });
  const headers = keyValueRows({ legend: t('actions.headers'), dataField: 'headers', values: action.headers || [],
    addLabel: t('actions.addHeader'), removeLabel: t('common.remove'), keyLabel: t('actions.key'), valueLabel: t('actions.value') });
  const params = keyValueRows({ legend: t('actions.params'), dataField: 'params', values: action.params || [],
    addLabel: t('actions.addParam'), removeLabel: t('common.remove'), keyLabel: t('actions.key'), valueLabel: t('actions.value') });
  return {
    elements: [field(t('actions.method'), method, { dataField: 'method' }),
      field(t('actions.url'), url, { hint: t('actions.urlHint'), dataField: 'url' }), headers.element, params.element],
    value: () => ({ method: method.value, url: url.value.trim(), headers: headers.values(), params: params.values() }),
  };
}
