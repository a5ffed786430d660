// Create or edit an automation: its name, keywords, match mode, receiving numbers, whether it is
// enabled, and its actions. A new automation is created with its actions in one call; the actions of
// an existing one are saved one at a time ("Save action").
import { api, ApiError } from '../api.js';
import { announce, field, h, replace, rows, uid } from '../dom.js';
import { clearErrors, errorAlert, showError } from '../errors.js';
import { t } from '../i18n.js';
import { actionForm } from './action-form.js';
import { ACTION_TYPES, actionTypeLabel } from './labels.js';

const MATCHES = ['EXACT', 'FIRST_WORD', 'CONTAINS'];

export function renderAutomationEditor(id) {
  const element = h('section', {}, h('h1', { text: t(id ? 'editor.editTitle' : 'editor.newTitle') }),
    h('p', { class: 'muted', text: t('common.loading') }));
  if (!id) {
    build(element, { automation: { name: '', enabled: true, numbers: [], trigger: { keywords: [], match: 'FIRST_WORD' }, actions: [] } });
  } else {
    api(`/api/v1/automations/${id}`, { withEtag: true })
      .then(({ body, etag }) => build(element, { automation: body, etag, saved: true }))
      .catch((error) => replace(element, h('h1', { text: t('editor.editTitle') }), errorAlert(error)));
  }
  return { element };
}

function build(element, state) {
  const { automation } = state;
  const page = h('div');
  replace(element,
    h('div', { class: 'toolbar' },
      h('h1', { text: state.saved ? automation.name : t('editor.newTitle') }),
      state.saved ? h('a', { class: 'button', href: `#/automations/${automation.id}/executions`, text: t('editor.history') }) : null),
    page);

  const name = h('input', { type: 'text', value: automation.name, autocomplete: 'off' });
  const keywords = rows({ legend: t('editor.keywords'), dataField: 'trigger.keywords', values: automation.trigger.keywords.length ? automation.trigger.keywords : [''],
    addLabel: t('editor.addKeyword'), removeLabel: t('common.remove'), hint: t('editor.keywordsHint') });
  const matchGroup = h('fieldset', { class: 'radio-group', dataset: { field: 'trigger.match' } }, h('legend', { text: t('editor.match') }),
    MATCHES.map((m) => {
      const radio = h('input', { type: 'radio', name: uid('match'), value: m, checked: automation.trigger.match === m });
      return h('label', {}, radio, h('span', {}, h('strong', { text: t(`match.${m}`) }), ' — ', t(`matchHints.${m}`)));
    }));
  matchGroup.querySelectorAll('input').forEach((r) => { r.name = 'match'; });
  const numbers = rows({ legend: t('editor.numbers'), dataField: 'numbers', values: automation.numbers, type: 'tel',
    addLabel: t('editor.addNumber'), removeLabel: t('common.remove'), placeholder: '+33757000001', hint: t('editor.numbersHint') });
  const enabled = h('input', { type: 'checkbox', role: 'switch', class: 'switch', checked: automation.enabled, id: uid('enabled') });
  const settings = h('form', { class: 'card automation-form', novalidate: true },
    field(t('editor.name'), name, { dataField: 'name' }),
    keywords.element, matchGroup, numbers.element,
    h('div', { class: 'field' }, h('div', { class: 'checkbox' }, enabled, h('label', { for: enabled.id, text: t('editor.enabled') }))));
  enabled.dataset.field = 'enabled';

  const settingsValue = () => ({
    name: name.value.trim(),
    enabled: enabled.checked,
    numbers: numbers.values(),
    trigger: { keywords: keywords.values(), match: matchGroup.querySelector('input:checked')?.value },
  });

  const actions = actionsSection(state);
  page.append(settings, actions.element);

  if (state.saved) {
    settings.append(h('div', { class: 'actions-bar' }, h('button', { type: 'submit', class: 'primary', text: t('editor.saveChanges') })));
    settings.addEventListener('submit', async (e) => {
      e.preventDefault();
      clearErrors(settings);
      try {
        const answer = await api(`/api/v1/automations/${automation.id}`, { method: 'PATCH', body: settingsValue(),
          contentType: 'application/merge-patch+json', headers: state.etag ? { 'If-Match': state.etag } : {}, withEtag: true });
        state.etag = answer.etag;
        Object.assign(automation, answer.body);
        element.querySelector('h1').textContent = automation.name;
        flash(settings, t('editor.saved'));
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        showError(settings, error);
      }
    });
    page.append(h('div', { class: 'actions-bar' },
      h('button', { type: 'button', class: 'danger', text: t('editor.delete'), onclick: () => remove(automation) })));
  } else {
    const create = h('form', { class: 'actions-bar create-automation', novalidate: true },
      h('a', { class: 'button', href: '#/automations', text: t('common.cancel') }),
      h('button', { type: 'submit', class: 'primary', text: t('editor.create') }));
    create.addEventListener('submit', async (e) => {
      e.preventDefault();
      clearErrors(page);
      try {
        const created = await api('/api/v1/automations', { method: 'POST', body: { ...settingsValue(), actions: state.automation.actions } });
        announce(t('editor.created', { name: created.name }));
        location.hash = `#/automations/${created.id}`;
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        actions.showError(error, () => showError(page, withoutActions(error), page));
      }
    });
    page.append(create);
  }
}

/** The actions of the automation, each as a card with Edit and Remove, "Add action" and the open form. */
function actionsSection(state) {
  const { automation } = state;
  const list = h('ul', { class: 'action-list' });
  const formPlace = h('div');
  const headingId = uid('actions');
  const menuButton = h('button', { type: 'button', class: 'add-action', 'aria-haspopup': 'true', 'aria-expanded': 'false' },
    `+ ${t('actions.add')} ▾`);
  const menu = h('ul', { class: 'menu', role: 'menu', hidden: true, 'aria-label': t('actions.add') },
    ACTION_TYPES.map((type) => h('li', { role: 'none' },
      h('button', { type: 'button', role: 'menuitem', dataset: { type }, text: actionTypeLabel(type), onclick: () => { closeMenu(); open({ type }); } }))));
  const closeMenu = (focusButton = false) => {
    menu.hidden = true;
    menuButton.setAttribute('aria-expanded', 'false');
    if (focusButton) menuButton.focus();
  };
  menuButton.addEventListener('click', () => {
    const opening = menu.hidden;
    menu.hidden = !opening;
    menuButton.setAttribute('aria-expanded', String(opening));
    if (opening) menu.querySelector('button').focus();
  });
  menu.addEventListener('keydown', (e) => {
    const items = [...menu.querySelectorAll('button')];
    const at = items.indexOf(document.activeElement);
    if (e.key === 'ArrowDown') { e.preventDefault(); items[(at + 1) % items.length].focus(); }
    if (e.key === 'ArrowUp') { e.preventDefault(); items[(at - 1 + items.length) % items.length].focus(); }
    if (e.key === 'Home') { e.preventDefault(); items[0].focus(); }
    if (e.key === 'End') { e.preventDefault(); items[items.length - 1].focus(); }
    if (e.key === 'Escape' || e.key === 'Tab') closeMenu(e.key === 'Escape');
  });
  const section = h('section', { class: 'card', 'aria-labelledby': headingId, dataset: { field: 'actions' } },
    h('h2', { id: headingId, text: t('actions.title') }),
    h('p', { class: 'hint', text: t('actions.lead') }),
    list, h('div', { class: 'menu-wrap' }, menuButton, menu), formPlace);

  let editing = null;
  let listNames = new Map();

  const renderList = () => {
    replace(list, automation.actions.map((action, index) => h('li', { class: 'action-card', dataset: { index } },
      h('div', {}, h('div', { class: 'type', text: actionTypeLabel(action.type) }), h('strong', { text: action.name }),
        h('div', { class: 'muted', text: summary(action, listNames) })),
      h('div', { class: 'buttons' },
        h('button', { type: 'button', class: 'small', text: t('common.edit'), 'aria-label': `${t('common.edit')}: ${action.name}`,
          onclick: () => open(action, index) }),
        h('button', { type: 'button', class: 'small danger', text: t('common.remove'), 'aria-label': `${t('common.remove')}: ${action.name}`,
          onclick: () => removeAction(index) })))));
    if (!automation.actions.length) list.append(h('li', { class: 'muted', text: t('actions.none') }));
  };

  const close = () => {
    editing = null;
    formPlace.replaceChildren();
    menuButton.focus();
  };

  /** Opens the form of an action: a new one (index undefined) or the one at index. */
  const open = (action, index) => {
    const form = actionForm({
      action,
      onCancel: close,
      onSave: async (value) => {
        const saved = state.saved ? await saveAction(value, index) : value;
        if (index === undefined) automation.actions.push(saved);
        else automation.actions[index] = saved;
        renderList();
        close();
        announce(t('actions.savedNow', { name: saved.name }));
      },
    });
    editing = { index, form };
    replace(formPlace, form.element);
    form.focus();
    return form;
  };

  const saveAction = async (value, index) => {
    const base = `/api/v1/automations/${automation.id}/actions`;
    const answer = index === undefined
      ? await api(base, { method: 'POST', body: value, withEtag: true })
      : await api(`${base}/${automation.actions[index].id}`, { method: 'PUT', body: value, withEtag: true });
    state.etag = answer.etag;
    return answer.body;
  };

  const removeAction = async (index) => {
    const action = automation.actions[index];
    section.querySelectorAll('.form-error').forEach((e) => e.remove());
    if (state.saved) {
      try {
        const answer = await api(`/api/v1/automations/${automation.id}/actions/${action.id}`, { method: 'DELETE', withEtag: true });
        state.etag = answer.etag;
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        showError(section, error, list);
        return;
      }
    }
    automation.actions.splice(index, 1);
    if (editing && editing.index === index) close();
    renderList();
    announce(t('actions.removedNow', { name: action.name }));
  };

  renderList();
  api('/api/v1/lists').then((lists) => {
    listNames = new Map(lists.map((l) => [l.id, l.name]));
    renderList();
  }).catch(() => { /* the cards show list ids then */ });
  return {
    element: section,
    /** Shows the errors of actions[i].… in the first such action's form, then the rest with {@code others}. */
    showError(error, others) {
      const own = (error.violations || []).map((v) => ({ ...v, match: /^actions\[(\d+)\]\.(.+)$/.exec(v.field) }))
        .filter((v) => v.match);
      others();
      if (own.length) {
        const index = Number(own[0].match[1]);
        const form = open(automation.actions[index], index);
        form.showError(new ApiError(error.status, { ...error.problem,
          violations: own.filter((v) => Number(v.match[1]) === index).map((v) => ({ field: v.match[2], message: v.message })) }));
      }
    },
  };
}

/** The error without the violations of single actions' fields (shown in the action's own form). */
function withoutActions(error) {
  const rest = (error.violations || []).filter((v) => !/^actions\[\d+\]\./.test(v.field));
  return new ApiError(error.status, { ...error.problem, violations: rest });
}

function summary(action, listNames) {
  switch (action.type) {
    case 'SEND_REPLY': return action.message;
    case 'FORWARD_TO_MOBILE': return (action.numbers || []).join(', ');
    case 'FORWARD_TO_EMAIL': return (action.emails || []).join(', ');
    case 'FORWARD_TO_URL': return `${action.method} ${action.url}`;
    case 'ADD_TO_GROUP':
    case 'REMOVE_FROM_GROUP': return `${t('actions.list')}: ${listNames.get(action.listId) || action.listId}`;
    default: return '';
  }
}

async function remove(automation) {
  if (!window.confirm(t('editor.confirmDelete', { name: automation.name }))) return;
  try {
    await api(`/api/v1/automations/${automation.id}`, { method: 'DELETE' });
    announce(t('editor.deleted', { name: automation.name }));
    location.hash = '#/automations';
  } catch (error) {
    document.getElementById('main').prepend(errorAlert(error));
  }
}

function flash(form, message) {
  form.querySelectorAll('.alert.ok').forEach((a) => a.remove());
  form.prepend(h('div', { class: 'alert ok', role: 'status', text: message }));
  announce(message);
}
