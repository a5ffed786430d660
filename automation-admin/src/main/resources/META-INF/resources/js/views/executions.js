// The recent messages that fired an automation, each action's status and detail, refreshed every few
// seconds without reloading the page.
import { api } from '../api.js';
import { h, renderPager, replace } from '../dom.js';
import { errorAlert } from '../errors.js';
import { formatTime, t } from '../i18n.js';
import { actionTypeLabel } from './labels.js';

const REFRESH_MS = 3000;
const SIZE = 20;

export function renderExecutions(id) {
  const title = h('h1', { text: t('executions.title') });
  const list = h('div', { class: 'executions' }, h('p', { class: 'muted', text: t('common.loading') }));
  const pager = h('div', { class: 'pager' });
  const element = h('section', {},
    h('div', { class: 'toolbar' }, title, h('a', { class: 'button', href: `#/automations/${id}`, text: t('executions.edit') })),
    h('p', { class: 'lead', text: t('executions.lead', { seconds: REFRESH_MS / 1000 }) }),
    list, pager);
  let page = 0;
  let timer = null;
  let stopped = false;
  let shown = '';

  api(`/api/v1/automations/${id}`).then((a) => { title.textContent = t('executions.titleOf', { name: a.name }); }).catch(() => {});

  const refresh = async () => {
    try {
      const answer = await api(`/api/v1/automations/${id}/executions?page=${page}&size=${SIZE}`);
      // redrawn only when something changed, so that the focus (e.g. on a pager button) stays put
      if (!stopped && JSON.stringify(answer) !== shown) {
        shown = JSON.stringify(answer);
        render(list, answer);
        renderPager(pager, answer, (next) => { page = next; refresh(); },
          { previous: t('common.newer'), next: t('common.older'), pageOf: (p, pages) => t('common.pageOf', { page: p, pages }) });
      }
    } catch (error) {
      if (!stopped) replace(list, errorAlert(error));
    }
    if (!stopped) {
      clearTimeout(timer);
      timer = setTimeout(refresh, REFRESH_MS);
    }
  };
  refresh();
  return { element, leave: () => { stopped = true; clearTimeout(timer); } };
}

function render(list, answer) {
  if (!answer.items.length) {
    replace(list, h('p', { class: 'card', text: t('executions.none') }));
    return;
  }
  replace(list, answer.items.map((execution) => h('article', { class: 'execution', dataset: { event: execution.eventId } },
    h('header', {},
      h('strong', { text: formatTime(execution.triggeredAt) }),
      h('span', { text: t('executions.fromTo', { from: execution.message.from, to: execution.message.to }) }),
      execution.keyword ? h('span', { class: 'tag', text: execution.keyword }) : null),
    h('p', { class: 'text', text: execution.message.text }),
    h('ul', {}, execution.actions.map((action) => h('li', { dataset: { action: action.actionId } },
      h('span', { class: `status ${action.status}`, text: t(`status.${action.status}`) }), ' ',
      h('strong', { text: action.name }), ' ',
      h('span', { class: 'muted', text: `(${actionTypeLabel(action.type)})` }),
      action.detail ? ` — ${action.detail}` : '',
      action.attempt > 1 ? h('span', { class: 'muted', text: ` · ${t('executions.attempt', { attempt: action.attempt })}` }) : null))))));
}
