// The admin web UI: sign-in, then automations, contact lists and the sandbox phone, by hash routes.
import { h, replace } from './dom.js';
import { load, preferredLanguage, t } from './i18n.js';
import { signOut, token, whenSignedOut } from './api.js';
import { renderSignIn } from './views/signin.js';
import { renderAutomations } from './views/automations.js';
import { renderAutomationEditor } from './views/automation-editor.js';
import { renderExecutions } from './views/executions.js';
import { renderLists } from './views/lists.js';
import { renderMembers } from './views/members.js';
import { renderTry } from './views/try.js';

const ROUTES = [
  { pattern: /^#\/automations\/new$/, view: () => renderAutomationEditor(null), nav: 'automations' },
  { pattern: /^#\/automations\/([^/]+)\/executions$/, view: (m) => renderExecutions(m[1]), nav: 'automations' },
  { pattern: /^#\/automations\/([^/]+)$/, view: (m) => renderAutomationEditor(m[1]), nav: 'automations' },
  { pattern: /^#\/lists\/([^/]+)$/, view: (m) => renderMembers(m[1]), nav: 'lists' },
  { pattern: /^#\/lists$/, view: () => renderLists(), nav: 'lists' },
  { pattern: /^#\/try$/, view: () => renderTry(), nav: 'try' },
  { pattern: /^#\/automations$/, view: () => renderAutomations(), nav: 'automations' },
];

const main = document.getElementById('main');
let leaveView = null;

async function route() {
  if (leaveView) {
    leaveView();
    leaveView = null;
  }
  const nav = document.getElementById('nav');
  const signOutButton = document.getElementById('sign-out');
  if (!token()) {
    nav.hidden = true;
    signOutButton.hidden = true;
    replace(main, renderSignIn(() => route()));
    focusHeading();
    return;
  }
  const hash = location.hash || '#/automations';
  const found = ROUTES.find((r) => r.pattern.test(hash));
  if (!found) {
    location.hash = '#/automations';
    return;
  }
  renderNav(found.nav);
  nav.hidden = false;
  signOutButton.hidden = false;
  const view = found.view(hash.match(found.pattern));
  replace(main, view.element);
  leaveView = view.leave || null;
  focusHeading();
}

function renderNav(active) {
  const items = [['automations', '#/automations'], ['lists', '#/lists'], ['try', '#/try']];
  replace(document.getElementById('nav'), items.map(([key, href]) =>
    h('a', { href, text: t(`nav.${key}`), 'aria-current': key === active ? 'page' : null })));
}

function focusHeading() {
  const heading = main.querySelector('h1');
  if (heading) {
    heading.tabIndex = -1;
    heading.focus({ preventScroll: false });
  }
}

function translateChrome() {
  document.title = t('app.title');
  document.querySelector('.skip-link').textContent = t('app.skip');
  document.getElementById('language-label').textContent = t('app.language');
  document.getElementById('sign-out').textContent = t('app.signOut');
  document.getElementById('language').value = document.documentElement.lang;
}

async function start() {
  await load(preferredLanguage());
  translateChrome();
  whenSignedOut(() => route());
  document.getElementById('language').addEventListener('change', async (e) => {
    await load(e.target.value, true);
    translateChrome();
    route();
  });
  document.getElementById('sign-out').addEventListener('click', () => {
    signOut();
    location.hash = '';
  });
  window.addEventListener('hashchange', route);
  route();
}

start();
