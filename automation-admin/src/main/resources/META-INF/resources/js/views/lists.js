// Contact lists (contact-service, through automation-admin): create, rename, delete.
import { api, ApiError } from '../api.js';
import { announce, field, h, replace } from '../dom.js';
import { clearErrors, errorAlert, showError } from '../errors.js';
import { t } from '../i18n.js';

export function renderLists() {
  const body = h('div', {}, h('p', { class: 'muted', text: t('common.loading') }));
  const name = h('input', { type: 'text', autocomplete: 'off' });
  const create = h('form', { class: 'card create-list', novalidate: true },
    h('h2', { text: t('lists.create') }),
    field(t('lists.name'), name, { dataField: 'name' }),
    h('div', { class: 'actions-bar' }, h('button', { type: 'submit', class: 'primary', text: t('lists.createButton') })));
  create.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(create);
    try {
      const list = await api('/api/v1/lists', { method: 'POST', body: { name: name.value.trim() } });
      name.value = '';
      announce(t('lists.created', { name: list.name }));
      await load(body);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      showError(create, error);
    }
  });
  const element = h('section', {}, h('h1', { text: t('lists.title') }), h('p', { class: 'lead', text: t('lists.lead') }), create, body);
  load(body);
  return { element };
}

async function load(body) {
  let lists;
  try {
    lists = await api('/api/v1/lists');
  } catch (error) {
    replace(body, errorAlert(error));
    return;
  }
  if (!lists.length) {
    replace(body, h('p', { class: 'card', text: t('lists.none') }));
    return;
  }
  replace(body, h('table', { class: 'responsive lists' },
    h('caption', { class: 'visually-hidden', text: t('lists.title') }),
    h('thead', {}, h('tr', {}, ['name', 'members', 'manage'].map((c) => h('th', { scope: 'col', text: t(`lists.columns.${c}`) })))),
    h('tbody', {}, lists.map((list) => row(list, body)))));
}

function row(list, body) {
  const tr = h('tr', { dataset: { list: list.id } });
  const show = () => replace(tr,
    h('td', { 'data-label': t('lists.columns.name') }, h('a', { href: `#/lists/${list.id}`, text: list.name })),
    h('td', { 'data-label': t('lists.columns.members'), text: String(list.memberCount) }),
    h('td', { 'data-label': t('lists.columns.manage') },
      h('button', { type: 'button', class: 'small', text: t('lists.rename'), 'aria-label': `${t('lists.rename')}: ${list.name}`, onclick: rename }), ' ',
      h('button', { type: 'button', class: 'small danger', text: t('common.delete'), 'aria-label': `${t('common.delete')}: ${list.name}`, onclick: remove })));
  const rename = () => {
    const input = h('input', { type: 'text', value: list.name, autocomplete: 'off' });
    const form = h('form', { novalidate: true }, field(t('lists.newName'), input, { dataField: 'name' }),
      h('button', { type: 'submit', class: 'primary small', text: t('common.save') }), ' ',
      h('button', { type: 'button', class: 'small', text: t('common.cancel'), onclick: show }));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      try {
        Object.assign(list, await api(`/api/v1/lists/${list.id}`, { method: 'PUT', body: { name: input.value.trim() } }));
        show();
        announce(t('lists.renamed', { name: list.name }));
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        showError(form, error);
      }
    });
    replace(tr, h('td', { colspan: 3 }, form));
    input.focus();
  };
  const remove = async () => {
    if (!window.confirm(t('lists.confirmDelete', { name: list.name }))) return;
    try {
      await api(`/api/v1/lists/${list.id}`, { method: 'DELETE' });
      announce(t('lists.deleted', { name: list.name }));
      await load(body);
    } catch (error) {
      body.prepend(errorAlert(error));
    }
  };
  show();
  return tr;
}
