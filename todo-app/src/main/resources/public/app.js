// The page: the add form, the three lists as tabs, the actions on each todo, the history panel.
// After every command it reloads the lists once they reflect it, so it never shows a stale list.

import {commands, list, newId} from './api.js';
import {markInvalid, showError} from './dom.js';
import {closeHistory, openHistory, reloadHistory} from './history.js';
import {todoItem} from './todos.js';

const LISTS = ['outstanding', 'scheduled', 'completed'];
const EMPTY = {
  outstanding: 'Nothing outstanding. Add a todo above.',
  scheduled: 'Nothing scheduled: give a todo a due date and it shows here, earliest first.',
  completed: 'Nothing completed yet.',
};
const state = {list: 'outstanding', rows: {outstanding: [], scheduled: [], completed: []}, panel: null};
const $ = (id) => document.getElementById(id);

async function refresh() {
  $('list-panel').setAttribute('aria-busy', 'true');
  try {
    const rows = await Promise.all(LISTS.map((name) => list(name)));
    LISTS.forEach((name, i) => { state.rows[name] = rows[i]; });
    showError($('list-error'), null);
  } catch (e) {
    showError($('list-error'), e.message);
  }
  $('list-panel').removeAttribute('aria-busy');
  render();
  await reloadHistory();
}

function render() {
  const focused = document.activeElement && document.activeElement.dataset.focus;
  const rows = state.rows[state.list];
  $('todos').replaceChildren(...rows.map((todo, index) => todoItem(todo, {
    list: state.list, first: index === 0, on: handlers,
    panel: state.panel && state.panel.id === todo.todo_id ? state.panel.kind : null})));
  $('empty').textContent = EMPTY[state.list];
  $('empty').hidden = rows.length > 0;
  for (const name of LISTS) document.querySelector(`[data-count="${name}"]`).textContent = state.rows[name].length;
  if (focused) focusOn(focused);
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
    const todo = state.rows[state.list].find((row) => row.todo_id === id);
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

async function add(event) {
  event.preventDefault();
  const form = event.target;
  const fields = {title: form.elements.title.value};
  for (const name of ['description', 'due_date', 'stakeholder_email']) {
    if (form.elements[name].value !== '') fields[name] = form.elements[name].value;
  }
  const button = form.querySelector('button[type="submit"]');
  button.disabled = true;
  try {
    await commands.add(newId(), fields);
    form.reset();
    markInvalid(form, null);
    showError(form.querySelector('[data-error]'), null);
    await showList('outstanding');
    form.elements.title.focus();
  } catch (e) {
    showError(form.querySelector('[data-error]'), e.message);
    markInvalid(form, e.message);
  } finally {
    button.disabled = false;
  }
}

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

$('add-form').addEventListener('submit', add);
for (const tab of document.querySelectorAll('[role="tab"]')) tab.addEventListener('click', () => showList(tab.dataset.list));
document.querySelector('[role="tablist"]').addEventListener('keydown', moveBetweenTabs);
$('history-close').addEventListener('click', closeHistory);
$('history-refresh').addEventListener('click', reloadHistory);
document.addEventListener('keydown', (event) => { if (event.key === 'Escape' && state.panel) handlers.close(); });
refresh();
