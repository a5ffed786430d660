// "Try it": a sandbox phone. A message typed here goes through the real inbound-gateway as a Vonage
// webhook; the SMS the automations send back are read from notifier-service's sandbox every 1.5 s.
// "Dry run" shows what would fire, without sending anything.
import { api, ApiError } from '../api.js';
import { field, h, replace, uid } from '../dom.js';
import { clearErrors, showError } from '../errors.js';
import { formatTime, t } from '../i18n.js';
import { messageBox } from './action-form.js';
import { actionTypeLabel } from './labels.js';

const REFRESH_MS = 1500;

export function renderTry() {
  const contact = h('input', { type: 'tel', autocomplete: 'off', value: `+336${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}` });
  const receivingList = uid('numbers');
  const receiving = h('input', { type: 'tel', autocomplete: 'off', list: receivingList, value: '+33757000001' });
  const numbers = h('datalist', { id: receivingList });
  const message = messageBox('', { label: t('try.message'), dataField: 'text' });
  message.elements[0].querySelector('.placeholders').remove();
  const result = h('div', { class: 'dry-run', 'aria-live': 'polite' });
  const bubbles = h('ol', { class: 'bubbles', 'aria-label': t('try.conversation') });
  const form = h('form', { class: 'card phone-form', novalidate: true },
    field(t('try.contact'), contact, { hint: t('try.contactHint'), dataField: 'from' }),
    field(t('try.receiving'), receiving, { hint: t('try.receivingHint'), dataField: 'to' }), numbers,
    message.elements,
    h('div', { class: 'actions-bar' },
      h('button', { type: 'button', class: 'dry-run-button', text: t('try.dryRun'), onclick: () => dryRun() }),
      h('button', { type: 'submit', class: 'primary send', text: t('try.send') })),
    result);
  const sent = [];
  let stopped = false;
  let timer = null;
  let received = [];

  const values = () => ({ from: contact.value.trim(), to: receiving.value.trim(), text: message.box.value });

  const draw = () => {
    const items = [...sent.filter((m) => m.from === values().from).map((m) => ({ ...m, out: true })),
      ...received.map((m) => ({ ...m, out: false }))]
      .sort((a, b) => new Date(a.createdAt) - new Date(b.createdAt));
    replace(bubbles, items.length ? items.map((m) => h('li', { class: `bubble ${m.out ? 'out' : 'in'}` }, m.text,
      h('span', { class: 'meta', text: m.out ? t('try.sentTo', { to: m.to, time: formatTime(m.createdAt) })
        : t('try.receivedFrom', { from: m.from, time: formatTime(m.createdAt) }) })))
      : h('li', { class: 'muted', text: t('try.empty') }));
    bubbles.scrollTop = bubbles.scrollHeight;
  };

  const poll = async () => {
    const number = contact.value.trim();
    if (number) {
      try {
        const messages = await api(`/api/v1/sandbox/messages?number=${encodeURIComponent(number)}&limit=50`);
        if (stopped) return;
        received = messages.filter((m) => m.to === number);
        draw();
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        // an invalid number is shown when sending; the phone keeps its last messages meanwhile
      }
    }
    if (!stopped) {
      clearTimeout(timer);
      timer = setTimeout(poll, REFRESH_MS);
    }
  };

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    result.replaceChildren();
    const sms = values();
    try {
      await api('/api/v1/sandbox/inbound', { method: 'POST', body: sms });
      sent.push({ ...sms, createdAt: new Date().toISOString() });
      message.box.value = '';
      message.box.dispatchEvent(new Event('input'));
      draw();
      poll();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      showError(form, error, result);
    }
  });
  contact.addEventListener('change', () => { received = []; draw(); poll(); });

  const dryRun = async () => {
    clearErrors(form);
    result.replaceChildren();
    try {
      showSimulation(result, await api('/api/v1/simulate', { method: 'POST', body: values() }));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      showError(form, error, result);
    }
  };

  api('/api/v1/automations').then((automations) => {
    const all = [...new Set(automations.flatMap((a) => a.numbers))];
    replace(numbers, all.map((n) => h('option', { value: n })));
  }).catch(() => { /* the receiving number is typed then */ });

  const element = h('section', {},
    h('h1', { text: t('try.title') }),
    h('p', { class: 'lead', text: t('try.lead') }),
    h('div', { class: 'try' }, form, h('div', { class: 'phone' }, h('h2', { text: t('try.phone') }), bubbles)));
  draw();
  poll();
  return { element, leave: () => { stopped = true; clearTimeout(timer); } };
}

function showSimulation(place, simulation) {
  if (!simulation.matched) {
    replace(place, h('div', { class: 'alert info simulation', text: t('try.noMatch') }));
    return;
  }
  if (simulation.builtin) {
    replace(place, h('div', { class: 'alert info simulation', text: t(`try.builtin.${simulation.builtin}`) }));
    return;
  }
  replace(place, h('div', { class: 'alert ok simulation' },
    h('strong', { text: t('try.wouldFire', { name: simulation.automation.name, keyword: simulation.keyword }) }),
    h('ul', {}, simulation.actions.map((a) => h('li', {},
      h('strong', { text: a.name }), ` (${actionTypeLabel(a.type)})`, rendered(a))))));
}

function rendered(action) {
  const detail = action.message || (action.numbers || action.emails || []).join(', ')
    || (action.url ? `${action.method} ${action.url}` : '') || action.listId || '';
  return detail ? `: ${detail}` : '';
}
