// One contact list's members, by page: add or remove a number, import a CSV file (with its report),
// export them as CSV.
import { api, ApiError } from '../api.js';
import { announce, field, h, renderPager, replace } from '../dom.js';
import { clearErrors, errorAlert, showError } from '../errors.js';
import { formatTime, t } from '../i18n.js';

const SIZE = 20;

export function renderMembers(id) {
  const title = h('h1', { text: t('members.title') });
  const table = h('div', {}, h('p', { class: 'muted', text: t('common.loading') }));
  const pager = h('div', { class: 'pager' });
  const report = h('div', { class: 'import-report' });
  let page = 0;
  const reload = () => load(id, page, table, pager, (next) => { page = next; reload(); });

  api(`/api/v1/lists/${id}`).then((list) => { title.textContent = t('members.titleOf', { name: list.name }); })
    .catch((error) => table.prepend(errorAlert(error)));

  const number = h('input', { type: 'tel', autocomplete: 'off', placeholder: '+33612345678' });
  const add = h('form', { class: 'card', novalidate: true }, h('h2', { text: t('members.add') }),
    field(t('members.number'), number, { dataField: 'number' }),
    h('div', { class: 'actions-bar' }, h('button', { type: 'submit', class: 'primary', text: t('members.addButton') })));
  add.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(add);
    try {
      await api(`/api/v1/lists/${id}/members/${encodeURIComponent(number.value.trim())}`, { method: 'PUT' });
      announce(t('members.added', { number: number.value.trim() }));
      number.value = '';
      reload();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      showError(add, error);
    }
  });

  const file = h('input', { type: 'file', accept: '.csv,text/csv,text/plain' });
  const importForm = h('form', { class: 'card', novalidate: true }, h('h2', { text: t('members.import') }),
    field(t('members.csvFile'), file, { hint: t('members.csvHint') }),
    h('div', { class: 'actions-bar' },
      h('button', { type: 'button', text: t('members.export'), onclick: () => exportCsv(id, importForm) }),
      h('button', { type: 'submit', class: 'primary', text: t('members.importButton') })),
    report);
  importForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(importForm);
    report.replaceChildren();
    if (!file.files.length) {
      report.append(h('div', { class: 'alert error', role: 'alert', text: t('members.chooseFile') }));
      return;
    }
    try {
      const text = await file.files[0].text();
      const answer = await api(`/api/v1/lists/${id}/members/import`, { method: 'POST', body: text, contentType: 'text/csv' });
      showReport(report, answer);
      reload();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      report.append(errorAlert(error));
    }
  });

  const element = h('section', {},
    h('div', { class: 'toolbar' }, title, h('a', { class: 'button', href: '#/lists', text: t('members.back') })),
    table, pager, add, importForm);
  reload();
  return { element };
}

async function load(id, page, table, pager, go) {
  let answer;
  try {
    answer = await api(`/api/v1/lists/${id}/members?page=${page}&size=${SIZE}`);
  } catch (error) {
    replace(table, errorAlert(error));
    return;
  }
  if (!answer.members.length && page > 0) {
    go(page - 1); // the last member of the last page was removed
    return;
  }
  if (!answer.members.length) {
    replace(table, h('p', { class: 'card', text: t('members.none') }));
  } else {
    replace(table, h('table', { class: 'responsive members' },
      h('caption', { class: 'visually-hidden', text: t('members.title') }),
      h('thead', {}, h('tr', {}, ['number', 'addedAt', 'manage'].map((c) => h('th', { scope: 'col', text: t(`members.columns.${c}`) })))),
      h('tbody', {}, answer.members.map((m) => h('tr', {},
        h('td', { 'data-label': t('members.columns.number'), text: m.number }),
        h('td', { 'data-label': t('members.columns.addedAt'), text: formatTime(m.addedAt) }),
        h('td', { 'data-label': t('members.columns.manage') },
          h('button', { type: 'button', class: 'small danger', text: t('common.remove'), 'aria-label': `${t('common.remove')}: ${m.number}`,
            onclick: async () => {
              try {
                await api(`/api/v1/lists/${id}/members/${encodeURIComponent(m.number)}`, { method: 'DELETE' });
                announce(t('members.removed', { number: m.number }));
                go(page);
              } catch (error) {
                table.prepend(errorAlert(error));
              }
            } })))))));
  }
  renderPager(pager, answer, go, { previous: t('common.previous'), next: t('common.next'),
    pageOf: (p, pages) => t('common.pageOf', { page: p, pages }), extra: ` · ${t('members.total', { total: answer.total })}` });
}

function showReport(report, answer) {
  replace(report, h('div', { class: 'alert ok', role: 'status' },
    h('strong', { text: t('members.report', { added: answer.added, alreadyPresent: answer.alreadyPresent, rejected: answer.rejected }) }),
    (answer.rejectedRows || []).length ? h('ul', {}, answer.rejectedRows.map((r) =>
      h('li', { text: t('members.rejectedRow', { line: r.line, value: r.value, reason: r.reason }) }))) : null));
}

/** The CSV needs the token, so it is fetched here and handed to the browser as a download. */
async function exportCsv(id, place) {
  try {
    const csv = await api(`/api/v1/lists/${id}/members/export`, { headers: { Accept: 'text/csv' } });
    const link = h('a', { href: URL.createObjectURL(new Blob([csv || ''], { type: 'text/csv' })), download: `list-${id}.csv` });
    document.body.append(link);
    link.click();
    link.remove();
  } catch (error) {
    place.append(errorAlert(error));
  }
}
