// Small helpers to build the page: elements, labelled fields and rows of inputs.

let counter = 0;

/** An id no other element of the page has. */
export function uid(prefix = 'id') {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** An element with properties (class, text, value, checked, on<event>, attributes) and children. */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'text') el.textContent = value;
    else if (key === 'value') el.value = value;
    else if (key === 'checked') el.checked = Boolean(value);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2).toLowerCase(), value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** Replaces the children of {@code el}. */
export function replace(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

/**
 * A labelled control: {@code dataField} is the API's name for it (e.g. "trigger.match"), so that a
 * validation error naming that field is shown next to it.
 */
export function field(label, control, { hint, dataField } = {}) {
  control.id = control.id || uid('f');
  if (dataField) control.dataset.field = dataField;
  const parts = [h('label', { for: control.id, text: label })];
  if (hint) {
    const hintId = uid('hint');
    control.setAttribute('aria-describedby', hintId);
    parts.push(h('p', { class: 'hint', id: hintId, text: hint }));
  }
  parts.splice(1, 0, control);
  return h('div', { class: 'field' }, parts);
}

/**
 * Rows of inputs in a fieldset, one value a row, with "add" and "remove" buttons: phone numbers,
 * email addresses, keywords. {@code dataField} names the list in the API (rows are dataField[i]).
 * Returns {element, values()}.
 */
export function rows({ legend, dataField, values = [], type = 'text', addLabel, removeLabel, placeholder, hint, autocomplete }) {
  const list = h('div', { class: 'rows' });
  const fieldset = h('fieldset', { dataset: { field: dataField } }, h('legend', { text: legend }));
  if (hint) fieldset.append(h('p', { class: 'hint', text: hint }));
  const renumber = () => {
    [...list.children].forEach((row, i) => {
      const input = row.querySelector('input');
      input.dataset.field = `${dataField}[${i}]`;
      input.setAttribute('aria-label', `${legend} ${i + 1}`);
      row.querySelector('button').setAttribute('aria-label', `${removeLabel} ${i + 1}`);
    });
  };
  const addRow = (value = '', focus = false) => {
    const input = h('input', { type, value, placeholder, autocomplete: autocomplete || 'off' });
    const row = h('div', { class: 'row' }, input,
      h('button', { type: 'button', class: 'small', text: '✕', onclick: () => { row.remove(); renumber(); } }));
    list.append(row);
    renumber();
    if (focus) input.focus();
  };
  values.forEach((v) => addRow(v));
  fieldset.append(list, h('button', { type: 'button', class: 'small', text: `+ ${addLabel}`, onclick: () => addRow('', true) }));
  return {
    element: fieldset,
    values: () => [...list.querySelectorAll('input')].map((i) => i.value.trim()).filter((v) => v !== ''),
  };
}

/** Rows of key/value pairs ("Add header", "Add parameter"); rows are dataField[i].key / .value. */
export function keyValueRows({ legend, dataField, values = [], addLabel, removeLabel, keyLabel, valueLabel }) {
  const list = h('div', { class: 'rows' });
  const fieldset = h('fieldset', { dataset: { field: dataField } }, h('legend', { text: legend }), list);
  const renumber = () => {
    [...list.children].forEach((row, i) => {
      const [key, value] = row.querySelectorAll('input');
      key.dataset.field = `${dataField}[${i}].key`;
      value.dataset.field = `${dataField}[${i}].value`;
      key.setAttribute('aria-label', `${legend} ${i + 1}: ${keyLabel}`);
      value.setAttribute('aria-label', `${legend} ${i + 1}: ${valueLabel}`);
      row.querySelector('button').setAttribute('aria-label', `${removeLabel} ${i + 1}`);
    });
  };
  const addRow = (pair = { key: '', value: '' }, focus = false) => {
    const key = h('input', { type: 'text', value: pair.key, placeholder: keyLabel, autocomplete: 'off' });
    const value = h('input', { type: 'text', value: pair.value, placeholder: valueLabel, autocomplete: 'off' });
    const row = h('div', { class: 'row' }, key, value,
      h('button', { type: 'button', class: 'small', text: '✕', onclick: () => { row.remove(); renumber(); } }));
    list.append(row);
    renumber();
    if (focus) key.focus();
  };
  values.forEach((p) => addRow(p));
  fieldset.append(h('button', { type: 'button', class: 'small', text: `+ ${addLabel}`, onclick: () => addRow(undefined, true) }));
  return {
    element: fieldset,
    values: () => [...list.children].map((row) => {
      const [key, value] = row.querySelectorAll('input');
      return { key: key.value.trim(), value: value.value };
    }).filter((p) => p.key !== '' || p.value !== ''),
  };
}

/**
 * Buttons to the previous and next page of an API page ({page from 0, size, total}) around the page
 * number; {@code go(page)} shows another page.
 */
export function renderPager(place, answer, go, { previous, next, pageOf, extra = '' }) {
  const pages = Math.max(1, Math.ceil(answer.total / answer.size));
  replace(place,
    h('button', { type: 'button', text: `← ${previous}`, disabled: answer.page === 0, onclick: () => go(answer.page - 1) }),
    h('span', { class: 'muted', text: pageOf(answer.page + 1, pages) + extra }),
    h('button', { type: 'button', text: `${next} →`, disabled: answer.page + 1 >= pages, onclick: () => go(answer.page + 1) }));
}

/** Says something to screen readers without moving the focus. */
export function announce(message) {
  const status = document.getElementById('status');
  status.textContent = '';
  setTimeout(() => { status.textContent = message; }, 50);
}
