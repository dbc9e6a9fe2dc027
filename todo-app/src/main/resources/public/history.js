// The history panel: a todo's stored events, the source of truth that the lists are built from.
// User strings (the title, every string in an event's body) are each in a <bdi> of their own.

import {history} from './api.js';
import {el, showError} from './dom.js';
import {timestamp} from './dates.js';

const panel = () => document.getElementById('history');
let shown = null;

/** Opens the panel on the todo {@code id} (titled {@code title}) and loads its events. */
export async function openHistory(id, title) {
  shown = {id, title};
  document.getElementById('history-title').replaceChildren(el('bdi', {}, title));
  document.getElementById('history-id').textContent = id;
  panel().hidden = false;
  document.querySelector('.layout').classList.add('with-history');
  await reloadHistory();
  // beside the list on a wide screen; below it on a narrow one, where the user must be taken there
  if (!matchMedia('(min-width: 960px)').matches) panel().scrollIntoView({block: 'start', behavior: 'smooth'});
}

/** Loads the shown todo's events again, e.g. after a command on it. */
export async function reloadHistory() {
  if (shown === null) return;
  const {id} = shown;
  try {
    const events = await history(id);
    if (shown === null || shown.id !== id) return;
    document.getElementById('events').replaceChildren(...events.map(eventItem));
    showError(document.getElementById('history-error'), null);
  } catch (e) {
    showError(document.getElementById('history-error'), e.message);
  }
}

/** Closes the panel. */
export function closeHistory() {
  shown = null;
  panel().hidden = true;
  document.querySelector('.layout').classList.remove('with-history');
  document.getElementById('events').replaceChildren();
}

function eventItem(event) {
  const meta = [`position ${event.position}`, `event ${event.id}`];
  if (event.causation_id) meta.push(`caused by ${event.causation_id}`);
  return el('li', {class: 'event', 'data-type': event.type},
    el('div', {class: 'event-head'},
      el('span', {class: 'event-type'}, event.type),
      el('span', {class: 'event-version'}, `v${event.version}`),
      el('time', {datetime: event.created_at}, timestamp(event.created_at))),
    el('pre', {class: 'event-body'}, jsonNodes(event.body, '')),
    el('p', {class: 'event-meta mono'}, meta.join(' · ')));
}

// {@code value} laid out as JSON.stringify(value, null, 2) lays it out, each string value in a <bdi>
function jsonNodes(value, indent) {
  if (typeof value === 'string') return [el('bdi', {}, JSON.stringify(value))];
  if (value === null || typeof value !== 'object') return [JSON.stringify(value)];
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  const entries = Array.isArray(value) ? value.map((item) => [null, item]) : Object.entries(value);
  if (entries.length === 0) return [open + close];
  const inner = `${indent}  `;
  const lines = entries.map(([key, item], i) => [i === 0 ? '\n' : ',\n', inner,
    key === null ? '' : `${JSON.stringify(key)}: `, ...jsonNodes(item, inner)]);
  return [open, ...lines.flat(), '\n', indent, close];
}
