// The three lists: what the page knows of them (a page of each), reading them again, drawing the one
// shown. Reads pass ?after= (the user's own commands, the stream's events) so a list is never staler
// than what the page has seen, or ?at= when the page shows an earlier moment.

import {list} from './api.js';
import {showError} from './dom.js';
import {reloadHistory} from './history.js';
import {PAGE_SIZE, countText, matches, pageOf, pager} from './pages.js';
import {todoItem} from './todos.js';

/** The names of the lists, in tab order. */
export const LISTS = ['outstanding', 'scheduled', 'completed'];
const EMPTY = {
  outstanding: 'Nothing outstanding. Add a todo above.',
  scheduled: 'Nothing scheduled: give a todo a due date and it shows here, earliest first.',
  completed: 'Nothing completed yet.',
};
const FILTERED = 'No todo on this page matches the filter.';
const emptyPage = () => ({offset: 0, rows: [], more: false});

/**
 * What the page shows: the tab, a page of each list, the filter, the form open on a todo (panel),
 * the todo just moved up, the position shown in time travel (at, null for now), the newest
 * position the lists are known to reflect (seen), and whether a live update waits for a form to close.
 */
export const state = {list: 'outstanding', pages: Object.fromEntries(LISTS.map((name) => [name, emptyPage()])),
  filter: '', panel: null, moved: null, at: null, seen: 0, waiting: false, on: null};
const $ = (id) => document.getElementById(id);

/** Reads every list again (the shown todo's history too), then draws the one shown. */
export async function refresh() {
  state.waiting = false;
  const seen = state.seen;
  $('list-panel').setAttribute('aria-busy', 'true');
  try {
    await Promise.all(LISTS.map((name) => load(name, seen)));
    showError($('list-error'), null);
  } catch (e) {
    showError($('list-error'), e.message);
  }
  $('list-panel').removeAttribute('aria-busy');
  render();
  await reloadHistory(state.at);
}

// a page the user's own changes emptied (its last todo completed, say) steps back to the one before
async function load(name, seen) {
  const page = state.pages[name];
  const read = (offset) => list(name, offset, PAGE_SIZE + 1, {at: state.at, seen});
  let rows = pageOf(await read(page.offset));
  while (rows.rows.length === 0 && page.offset > 0) {
    page.offset = Math.max(0, page.offset - PAGE_SIZE);
    rows = pageOf(await read(page.offset));
  }
  Object.assign(page, rows);
}

/** Draws the list shown from what the page knows, keeping the focus where it was. */
export function render() {
  const focused = document.activeElement && document.activeElement.dataset.focus;
  for (const name of LISTS) document.querySelector(`[data-count="${name}"]`).textContent = countText(state.pages[name]);
  if (state.list === 'log') return;
  const page = state.pages[state.list];
  const shown = page.rows.map((todo, index) => ({todo, index})).filter(({todo}) => matches(todo, state.filter));
  $('todos').replaceChildren(...shown.map(({todo, index}) => todoItem(todo, {
    list: state.list, first: page.offset === 0 && index === 0, on: state.on, past: state.at !== null,
    moved: state.moved === todo.todo_id, panel: state.panel && state.panel.id === todo.todo_id ? state.panel.kind : null})));
  $('empty').textContent = page.rows.length > 0 ? FILTERED : EMPTY[state.list];
  $('empty').hidden = shown.length > 0;
  $('pager').replaceChildren(...pager(page, {go: turnPage}));
  $('pager').hidden = page.offset === 0 && !page.more;
  if (focused) focusOn(focused);
}

async function turnPage(step) {
  const page = state.pages[state.list];
  page.offset = Math.max(0, page.offset + step * PAGE_SIZE);
  state.panel = null;
  await refresh();
}

/** Focuses the element marked data-focus={@code key}; whether there was one. */
export function focusOn(key) {
  const element = document.querySelector(`[data-focus="${CSS.escape(key)}"]`);
  if (element && !element.disabled) element.focus();
  return Boolean(element) && !element.disabled;
}

/** The list item of todo {@code id} shown, or null. */
export function itemOf(id) {
  return document.querySelector(`#todos [data-id="${CSS.escape(id)}"]`);
}
