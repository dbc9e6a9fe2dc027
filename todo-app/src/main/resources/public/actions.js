// What the user does to a todo: each command, then the lists read again, then the focus put back on
// the todo acted on (or, when it left the list, on the one that took its place).

import {commands} from './api.js';
import {showError, showFormError} from './dom.js';
import {today} from './dates.js';
import {openHistory} from './history.js';
import {focusOn, itemOf, refresh, render, state} from './lists.js';

// runs {@code action} for todo {@code id}, disabling its controls meanwhile; an error shows on the todo
async function perform(id, form, action, focus) {
  const item = itemOf(id);
  const controls = item ? [...item.querySelectorAll('button, input[type="checkbox"]')] : [];
  controls.forEach((control) => { control.disabled = true; });
  try {
    await action();
    state.panel = null;
    await refresh();
    focus();
  } catch (e) {
    controls.forEach((control) => { control.disabled = false; });
    const checkbox = item && item.querySelector('.action-complete');
    if (checkbox) checkbox.checked = false;
    if (form) showFormError(form, e.message);
    else if (item) showError(item.querySelector(':scope > [data-error]'), e.message);
  }
}

// the todo left the list: the focus goes to the one now where it was, else the one before, else the form
function focusWhereItWas(id) {
  const items = [...document.querySelectorAll('#todos > li')];
  const index = Math.max(0, items.findIndex((item) => item.dataset.id === id));
  return () => {
    const now = [...document.querySelectorAll('#todos > li')];
    const next = now[Math.min(index, now.length - 1)];
    if (next) next.querySelector('.action-complete').focus();
    else document.getElementById('add-title').focus();
  };
}

// Every Move up is off while one is on its way, and a second click of a double click is ignored: the
// list reorders under the pointer, so that click would land on the todo just moved down.
function moveUp(id, event) {
  if (event && event.detail > 1) return undefined;
  document.querySelectorAll('#todos .action-moveup').forEach((button) => { button.disabled = true; });
  state.moved = id;
  return perform(id, null, () => commands.moveUp(id), () => {
    state.moved = null;
    render();
    itemOf(id).classList.add('moved');
    if (!focusOn(`${id}:moveup`)) focusOn(`${id}:item`);
  }).finally(() => { state.moved = null; });
}

/** The callbacks a todo's controls call. */
export const handlers = {
  action(id, action, event) {
    const todo = state.pages[state.list].rows.find((row) => row.todo_id === id);
    if (action === 'history') return openHistory(id, todo ? todo.title : id, state.at);
    if (action === 'moveup') return moveUp(id, event);
    if (action === 'complete') {
      return perform(id, null, () => commands.complete(id, today()), focusWhereItWas(id));
    }
    state.panel = state.panel && state.panel.id === id && state.panel.kind === action ? null : {id, kind: action};
    render();
    const input = document.querySelector('#todos .panel input');
    if (input) input.focus();
    return undefined;
  },
  amend(id, form, fields) {
    if (Object.keys(fields).length === 0) return handlers.close();
    return perform(id, form, () => commands.amend(id, fields), () => focusOn(`${id}:edit`));
  },
  abandon(id, form, date) {
    return perform(id, form, () => commands.abandon(id, date), focusWhereItWas(id));
  },
  close() {
    const id = state.panel && state.panel.id;
    state.panel = null;
    if (state.waiting) refresh();
    render();
    if (id) focusOn(`${id}:edit`);
  },
};
