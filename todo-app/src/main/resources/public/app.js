// The page: the add form, the three lists as tabs, a page of each at a time with a filter, the
// actions on each todo, the history panel. After every command it reloads the lists once they
// reflect it, so it never shows a stale list.

import {wireAddForm} from './add-form.js';
import {commands, list} from './api.js';
import {showError} from './dom.js';
import {closeHistory, openHistory, reloadHistory} from './history.js';
import {PAGE_SIZE, countText, matches, pageOf, pager} from './pages.js';
import {todoItem} from './todos.js';

const LISTS = ['outstanding', 'scheduled', 'completed'];
const EMPTY = {
  outstanding: 'Nothing outstanding. Add a todo above.',
  scheduled: 'Nothing scheduled: give a todo a due date and it shows here, earliest first.',
  completed: 'Nothing completed yet.',
};
const FILTERED = 'No todo on this page matches the filter.';
const emptyPage = () => ({offset: 0, rows: [], more: false});
const state = {list: 'outstanding', pages: {outstanding: emptyPage(), scheduled: emptyPage(), completed: emptyPage()},
  filter: '', panel: null};
const $ = (id) => document.getElementById(id);

async function refresh() {
  $('list-panel').setAttribute('aria-busy', 'true');
  try {
    await Promise.all(LISTS.map(load));
    showError($('list-error'), null);
  } catch (e) {
    showError($('list-error'), e.message);
  }
  $('list-panel').removeAttribute('aria-busy');
  render();
  await reloadHistory();
}

// a page the user's own changes emptied (its last todo completed, say) steps back to the one before
async function load(name) {
  const page = state.pages[name];
  let read = pageOf(await list(name, page.offset, PAGE_SIZE + 1));
  while (read.rows.length === 0 && page.offset > 0) {
    page.offset = Math.max(0, page.offset - PAGE_SIZE);
    read = pageOf(await list(name, page.offset, PAGE_SIZE + 1));
  }
  Object.assign(page, read);
}

function render() {
  const focused = document.activeElement && document.activeElement.dataset.focus;
  const page = state.pages[state.list];
  const shown = page.rows.map((todo, index) => ({todo, index})).filter(({todo}) => matches(todo, state.filter));
  $('todos').replaceChildren(...shown.map(({todo, index}) => todoItem(todo, {
    list: state.list, first: page.offset === 0 && index === 0, on: handlers,
    panel: state.panel && state.panel.id === todo.todo_id ? state.panel.kind : null})));
  $('empty').textContent = page.rows.length > 0 ? FILTERED : EMPTY[state.list];
  $('empty').hidden = shown.length > 0;
  $('pager').replaceChildren(...pager(page, {go: turnPage}));
  $('pager').hidden = page.offset === 0 && !page.more;
  for (const name of LISTS) document.querySelector(`[data-count="${name}"]`).textContent = countText(state.pages[name]);
  if (focused) focusOn(focused);
}

async function turnPage(step) {
  const page = state.pages[state.list];
  page.offset = Math.max(0, page.offset + step * PAGE_SIZE);
  state.panel = null;
  await refresh();
}

function focusOn(key) {
  const element = document.querySelector(`[data-focus="${CSS.escape(key)}"]`);
  if (element) element.focus();
}

// runs a command for the todo shown in {@code item}; its error is shown there, next to its form
async function perform(id, form, action) {
  const item = document.querySelector(`#todos [data-id="${CSS.escape(id)}"]`);
  const buttons = item ? [...item.querySelectorAll('button')] : [];
  buttons.forEach((button) => { button.disabled = true; });
  try {
    await action();
    state.panel = null;
    await refresh();
    if (form) focusOn(`${id}:edit`);
  } catch (e) {
    buttons.forEach((button) => { button.disabled = false; });
    if (item) showError(item.querySelector('[data-error]'), e.message);
    if (form) markInvalid(form, e.message);
  }
}

const handlers = {
  action(id, action) {
    const todo = state.pages[state.list].rows.find((row) => row.todo_id === id);
    if (action === 'history') return openHistory(id, todo ? todo.title : id);
    if (action === 'moveup') return perform(id, null, () => commands.moveUp(id));
    state.panel = state.panel && state.panel.id === id && state.panel.kind === action ? null : {id, kind: action};
    render();
    const input = document.querySelector('#todos .panel input');
    if (input) input.focus();
  },
  amend(id, form, fields) {
    if (Object.keys(fields).length === 0) return handlers.close();
    return perform(id, form, () => commands.amend(id, fields));
  },
  finish(id, kind, form, date) {
    return perform(id, form, () => (kind === 'complete' ? commands.complete(id, date) : commands.abandon(id, date)));
  },
  close() {
    const id = state.panel && state.panel.id;
    state.panel = null;
    render();
    if (id) focusOn(`${id}:edit`);
  },
};

async function showList(name) {
  state.list = name;
  state.panel = null;
  for (const tab of document.querySelectorAll('[role="tab"]')) {
    const selected = tab.dataset.list === name;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    if (selected) $('list-panel').setAttribute('aria-labelledby', tab.id);
  }
  render();
  await refresh();
}

function moveBetweenTabs(event) {
  const step = {ArrowRight: 1, ArrowLeft: -1}[event.key];
  if (!step) return;
  const next = LISTS[(LISTS.indexOf(state.list) + step + LISTS.length) % LISTS.length];
  showList(next);
  document.querySelector(`[data-list="${next}"]`).focus();
}

wireAddForm($('add-form'), () => showList('outstanding'));
$('filter').addEventListener('input', () => {
  state.filter = $('filter').value;
  render();
});
for (const tab of document.querySelectorAll('[role="tab"]')) tab.addEventListener('click', () => showList(tab.dataset.list));
document.querySelector('[role="tablist"]').addEventListener('keydown', moveBetweenTabs);
$('history-close').addEventListener('click', closeHistory);
$('history-refresh').addEventListener('click', reloadHistory);
document.addEventListener('keydown', (event) => { if (event.key === 'Escape' && state.panel) handlers.close(); });
refresh();
