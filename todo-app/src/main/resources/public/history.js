// The history panel: a todo's stored events in words, the source of truth that the lists are built
// from, each with the raw event one click away. In time travel it shows the events up to that moment.

import {history} from './api.js';
import {el, showError} from './dom.js';
import {timestamp} from './dates.js';
import {rawEvent, sentenceElement} from './raw.js';
import {historyParts} from './sentences.js';

const panel = () => document.getElementById('history');
let shown = null;

/** Opens the panel on the todo {@code id} (titled {@code title}) and loads its events (up to {@code at}). */
export async function openHistory(id, title, at = null) {
  shown = {id, title};
  document.getElementById('history-title').replaceChildren(el('bdi', {}, title));
  document.getElementById('history-id').textContent = id;
  panel().hidden = false;
  document.querySelector('.layout').classList.add('with-history');
  await reloadHistory(at);
  // beside the list on a wide screen; below it on a narrow one, where the user must be taken there
  if (!matchMedia('(min-width: 960px)').matches) panel().scrollIntoView({block: 'start', behavior: 'smooth'});
}

/** Loads the shown todo's events again (up to position {@code at} when given), e.g. after a command on it. */
export async function reloadHistory(at = null) {
  if (shown === null) return;
  const {id} = shown;
  try {
    const events = await history(id, at);
    if (shown === null || shown.id !== id) return;
    const open = new Set([...document.querySelectorAll('#events details[open]')].map((item) => item.dataset.id));
    const parts = historyParts(events);
    document.getElementById('events').replaceChildren(...events.map((event, i) => eventItem(event, parts[i], open)));
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

function eventItem(event, parts, open) {
  const raw = rawEvent(event);
  raw.dataset.id = event.id;
  raw.open = open.has(event.id);
  return el('li', {class: 'event', 'data-type': event.type},
    el('div', {class: 'event-head'}, sentenceElement(parts)),
    el('p', {class: 'event-when'}, el('time', {datetime: event.created_at}, timestamp(event.created_at)),
      ` · position ${event.position}`),
    raw);
}
