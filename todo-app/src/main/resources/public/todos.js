// One todo as a list item: its text, its actions, and the inline form an action opens.
// Each user string is in a <bdi>, so a right-to-left override in it cannot reorder the text around it.

import {el} from './dom.js';
import {display, inputValue, overdue, today} from './dates.js';

const FIELDS = [
  ['title', 'Title', 'text'],
  ['description', 'Description', 'text'],
  ['due_date', 'Due date', 'date'],
  ['stakeholder_email', 'Stakeholder email', 'email'],
];

/**
 * The list item for {@code todo} in list {@code list}. {@code panel} is the form open on it
 * ('edit', 'complete', 'abandon' or null); {@code on} holds the callbacks for its buttons.
 */
export function todoItem(todo, {list, first, panel, on}) {
  const id = todo.todo_id;
  const button = (action, label, attributes = {}) => el('button', {
    type: 'button', class: `action action-${action}`, 'data-focus': `${id}:${action}`,
    'aria-describedby': `title-${id}`, onclick: () => on.action(id, action), ...attributes}, label);
  const actions = list === 'completed' ? [button('history', 'History')] : [
    list === 'outstanding' && button('moveup', 'Move up', {disabled: first}),
    button('edit', 'Edit', {'aria-expanded': String(panel === 'edit')}),
    button('complete', 'Complete', {'aria-expanded': String(panel === 'complete')}),
    button('abandon', 'Abandon', {'aria-expanded': String(panel === 'abandon')}),
    button('history', 'History'),
  ];
  return el('li', {class: 'todo card', 'data-id': id},
    el('div', {class: 'todo-text'},
      el('h3', {class: 'todo-title', id: `title-${id}`}, el('bdi', {}, todo.title)),
      todo.description && el('p', {class: 'todo-description'}, el('bdi', {}, todo.description))),
    el('div', {class: 'todo-foot'}, meta(todo), el('div', {class: 'todo-actions'}, actions)),
    panel === 'edit' && editForm(todo, on),
    (panel === 'complete' || panel === 'abandon') && finishForm(id, panel, on),
    el('p', {class: 'error', role: 'alert', 'data-error': true, hidden: true}));
}

function meta(todo) {
  return el('div', {class: 'todo-meta'},
    todo.due_date && el('span', {class: overdue(todo.due_date) && !todo.completed_on ? 'badge due overdue' : 'badge due'},
      `Due ${display(todo.due_date)}`),
    todo.completed_on && el('span', {class: 'badge done'}, `Completed ${display(todo.completed_on)}`),
    todo.stakeholder_email && el('span', {class: 'stakeholder'}, 'Stakeholder: ', el('bdi', {}, todo.stakeholder_email)));
}

function editForm(todo, on) {
  const initial = {...todo, due_date: inputValue(todo.due_date)};
  const inputs = FIELDS.map(([name, label, type]) => el('label', {class: `field field-${name}`}, label,
    el('input', {name, type, value: initial[name] || ''})));
  const form = el('form', {class: 'panel edit-form', novalidate: true, autocomplete: 'off'},
    el('div', {class: 'fields'}, inputs), formButtons('Save', on));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    on.amend(todo.todo_id, form, changes(form, initial));
  });
  return form;
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

function finishForm(id, kind, on) {
  const name = kind === 'complete' ? 'completed_on' : 'abandoned_on';
  const label = kind === 'complete' ? 'Completed on' : 'Abandoned on';
  const form = el('form', {class: `panel finish-form finish-${kind}`, novalidate: true},
    el('label', {class: 'field'}, label, el('input', {name, type: 'date', value: today()})),
    formButtons(kind === 'complete' ? 'Complete' : 'Abandon', on));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    on.finish(id, kind, form, form.elements[name].value);
  });
  return form;
}

function formButtons(label, on) {
  return el('div', {class: 'form-actions'},
    el('button', {type: 'submit', class: 'primary'}, label),
    el('button', {type: 'button', class: 'quiet', onclick: () => on.close()}, 'Cancel'));
}
