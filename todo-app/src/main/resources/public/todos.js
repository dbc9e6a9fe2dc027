// One todo as a list item, TodoMVC's way: a checkbox completes it (dated today), a double-click on
// its title edits it, and the rarer actions are small icon buttons labelled for screen readers.
// Each user string is in a <bdi>, so a right-to-left override in it cannot reorder the text around it.

import {el} from './dom.js';
import {display, inputValue, overdue, short, today} from './dates.js';

const FIELDS = [
  ['title', 'Title', 'text'],
  ['description', 'Description', 'text'],
  ['due_date', 'Due date', 'date'],
  ['stakeholder_email', 'Stakeholder email', 'email'],
];

/**
 * The list item for {@code todo} in list {@code list}. {@code panel} is the form open on it
 * ('edit', 'abandon' or null), {@code moved} whether it just moved up, {@code past} whether the
 * lists shown are of an earlier moment (nothing can change); {@code on} holds the callbacks.
 */
export function todoItem(todo, {list, first, panel, moved, past, on}) {
  const id = todo.todo_id;
  const changeable = list !== 'completed' && !past;
  const check = el('input', {type: 'checkbox', class: 'action-complete', 'data-focus': `${id}:complete`,
    'aria-label': list === 'completed' ? 'Completed' : 'Complete, dated today', 'aria-describedby': `title-${id}`,
    checked: list === 'completed', disabled: !changeable, onchange: () => on.action(id, 'complete')});
  const title = el('h3', {class: 'todo-title', id: `title-${id}`}, el('bdi', {}, todo.title));
  if (changeable) title.addEventListener('dblclick', () => on.action(id, 'edit'));
  return el('li', {class: moved ? 'todo card moved' : 'todo card', 'data-id': id, tabindex: '-1', 'data-focus': `${id}:item`},
    el('div', {class: 'todo-row'}, check,
      el('div', {class: 'todo-text'}, title,
        todo.description && el('p', {class: 'todo-description'}, el('bdi', {}, todo.description)), meta(todo)),
      el('div', {class: 'todo-actions'}, actions(todo, {list, first, panel, moved, changeable, on}))),
    panel === 'edit' && editForm(todo, on),
    panel === 'abandon' && abandonForm(id, on),
    el('p', {class: 'error', role: 'alert', 'data-error': true, hidden: true}));
}

function actions(todo, {list, first, panel, moved, changeable, on}) {
  const id = todo.todo_id;
  const button = (action, label, icon, attributes = {}) => el('button', {
    type: 'button', class: `icon action-${action}`, 'data-focus': `${id}:${action}`, 'aria-label': label, title: label,
    'aria-describedby': `title-${id}`, onclick: (event) => on.action(id, action, event), ...attributes}, icon);
  if (!changeable) return [button('history', 'History', '↺')];
  return [
    list === 'outstanding' && button('moveup', 'Move up', '↑', {disabled: first || moved}),
    button('edit', 'Edit', '✎', {'aria-expanded': String(panel === 'edit')}),
    button('abandon', 'Abandon', '✕', {'aria-expanded': String(panel === 'abandon')}),
    button('history', 'History', '↺'),
  ];
}

function meta(todo) {
  const late = todo.due_date && !todo.completed_on && overdue(todo.due_date);
  return el('div', {class: 'todo-meta'},
    todo.due_date && el('span', {class: late ? 'badge due overdue' : 'badge due'},
      late ? `Overdue: ${short(todo.due_date)}` : `Due ${display(todo.due_date)}`),
    todo.completed_on && el('span', {class: 'badge done'}, `Completed ${display(todo.completed_on)}`),
    todo.stakeholder_email && el('span', {class: 'stakeholder'}, 'Stakeholder: ', el('bdi', {}, todo.stakeholder_email)));
}

function editForm(todo, on) {
  const initial = {...todo, due_date: inputValue(todo.due_date)};
  const form = el('form', {class: 'panel edit-form', novalidate: true, autocomplete: 'off'},
    el('div', {class: 'fields'}, FIELDS.map(([name, label, type]) => field(todo.todo_id, name, label,
      el('input', {name, type, value: initial[name] || ''})))),
    formButtons('Save', on));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    on.amend(todo.todo_id, form, changes(form, initial));
  });
  return form;
}

function field(id, name, label, input) {
  const errorId = `error-${id}-${name}`;
  input.setAttribute('aria-describedby', errorId);
  return el('div', {class: `field field-${name}`}, el('label', {}, label, input),
    el('span', {class: 'error', id: errorId, role: 'alert', 'data-error-for': name, hidden: true}));
}

// only what the user changed is sent; a cleared field is sent as null, which clears it
function changes(form, initial) {
  const fields = {};
  for (const [name] of FIELDS) {
    const value = form.elements[name].value;
    if (value === (initial[name] || '')) continue;
    fields[name] = value === '' && name !== 'title' ? null : value;
  }
  return fields;
}

function abandonForm(id, on) {
  const form = el('form', {class: 'panel finish-form finish-abandon', novalidate: true},
    field(id, 'abandoned_on', 'Abandoned on', el('input', {name: 'abandoned_on', type: 'date', value: today()})),
    formButtons('Abandon', on));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    on.abandon(id, form, form.elements.abandoned_on.value);
  });
  return form;
}

function formButtons(label, on) {
  return el('div', {class: 'form-actions'},
    el('button', {type: 'submit', class: 'primary'}, label),
    el('button', {type: 'button', class: 'quiet', onclick: () => on.close()}, 'Cancel'),
    el('p', {class: 'error', role: 'alert', 'data-error': true, hidden: true}));
}
