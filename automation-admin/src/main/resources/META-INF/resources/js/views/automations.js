// The automations: name, keywords, match, numbers, enabled switch, last triggered, action count.
import { api } from '../api.js';
import { announce, h, replace } from '../dom.js';
import { describe, errorAlert } from '../errors.js';
import { formatTime, t } from '../i18n.js';
import { matchLabel, numbersLabel } from './labels.js';

export function renderAutomations() {
  const body = h('div', {}, h('p', { class: 'muted', text: t('common.loading') }));
  const element = h('section', {},
    h('div', { class: 'toolbar' },
      h('h1', { text: t('automations.title') }),
      h('a', { class: 'button primary', href: '#/automations/new', text: t('automations.new') })),
    body);
  load(body);
  return { element };
}

async function load(body) {
  let automations;
  try {
    automations = await api('/api/v1/automations');
  } catch (error) {
    replace(body, errorAlert(error));
    return;
  }
  if (!automations.length) {
    replace(body, h('div', { class: 'card' }, h('p', { text: t('automations.none') }),
      h('a', { class: 'button primary', href: '#/automations/new', text: t('automations.new') })));
    return;
  }
  const lastCells = new Map();
  const table = h('table', { class: 'responsive' },
    h('caption', { class: 'visually-hidden', text: t('automations.title') }),
    h('thead', {}, h('tr', {}, ['name', 'keywords', 'match', 'numbers', 'enabled', 'lastTriggered', 'actions']
      .map((c) => h('th', { scope: 'col', text: t(`automations.columns.${c}`) })))),
    h('tbody', {}, automations.map((a) => {
      const last = h('td', { 'data-label': t('automations.columns.lastTriggered'), class: 'muted', text: '…' });
      lastCells.set(a.id, last);
      return h('tr', { dataset: { automation: a.id } },
        h('td', { 'data-label': t('automations.columns.name') },
          h('a', { href: `#/automations/${a.id}`, text: a.name }), ' ',
          h('a', { href: `#/automations/${a.id}/executions`, class: 'muted', text: t('automations.history') })),
        h('td', { 'data-label': t('automations.columns.keywords') }, a.trigger.keywords.map((k) => h('span', { class: 'tag', text: k }))),
        h('td', { 'data-label': t('automations.columns.match'), text: matchLabel(a.trigger.match) }),
        h('td', { 'data-label': t('automations.columns.numbers'), text: numbersLabel(a.numbers) }),
        h('td', { 'data-label': t('automations.columns.enabled') }, enabledSwitch(a, body)),
        last,
        h('td', { 'data-label': t('automations.columns.actions'), text: String(a.actions.length) }));
    })));
  replace(body, table);
  fillLastTriggered(lastCells);
}

function enabledSwitch(automation, body) {
  const input = h('input', { type: 'checkbox', role: 'switch', class: 'switch', checked: automation.enabled,
    'aria-label': t('automations.enable', { name: automation.name }) });
  input.addEventListener('change', async () => {
    input.disabled = true;
    body.querySelectorAll('.alert').forEach((a) => a.remove());
    try {
      await api(`/api/v1/automations/${automation.id}`, { method: 'PATCH', body: { enabled: input.checked },
        contentType: 'application/merge-patch+json' });
      announce(t(input.checked ? 'automations.enabledNow' : 'automations.disabledNow', { name: automation.name }));
    } catch (error) {
      input.checked = !input.checked;
      body.prepend(h('div', { class: 'alert error', role: 'alert', text: describe(error) }));
    } finally {
      input.disabled = false;
    }
  });
  return input;
}

/** The last execution of each automation, asked for all of them at once. */
function fillLastTriggered(cells) {
  cells.forEach(async (cell, id) => {
    try {
      const page = await api(`/api/v1/automations/${id}/executions?size=1`);
      cell.textContent = page.items.length ? formatTime(page.items[0].triggeredAt) : t('automations.never');
    } catch {
      cell.textContent = '?';
    }
  });
}
