// The event log: the whole store, newest first, a page at a time, filtered by type. Each event reads
// as its todo's history says it (an amendment needs the events before it, so each todo's history is
// read once: the sentences of stored events never change). Choosing an event starts time travel.

import {events, history} from './api.js';
import {el, showError} from './dom.js';
import {timestamp} from './dates.js';
import {rawEvent, sentenceElement} from './raw.js';
import {historyParts, text} from './sentences.js';

const LOG_PAGE = 50;
const told = new Map();
/** The log's state: the type filtered on, the pages above this one (their before), this page, more? */
export const log = {type: '', above: [], before: null, entries: [], more: false, choose: null};
const $ = (id) => document.getElementById(id);

/** Reads the log's page again and draws it. */
export async function reloadLog() {
  try {
    const rows = await events({limit: LOG_PAGE + 1, before: log.before, types: log.type ? [log.type] : []});
    await tell(rows.slice(0, LOG_PAGE));
    Object.assign(log, {entries: rows.slice(0, LOG_PAGE), more: rows.length > LOG_PAGE});
    showError($('log-error'), null);
  } catch (e) {
    showError($('log-error'), e.message);
  }
  drawLog();
}

/** What the log knows of {@code event}: {event, parts, title} (the title right after it), or null. */
export function known(event) {
  return told.get(event.id) || null;
}

/** Reads the histories of the todos of {@code rows} the log cannot yet tell. */
export async function tell(rows) {
  const todos = [...new Set(rows.filter((row) => !told.has(row.id)).map((row) => row.aggregate_id))];
  await Promise.all(todos.map(async (id) => {
    const stream = await history(id);
    let title = null;
    historyParts(stream).forEach((parts, i) => {
      if (stream[i].type === 'todo_added' || (stream[i].type === 'todo_amended' && 'title' in stream[i].body)) {
        title = stream[i].body.title;
      }
      told.set(stream[i].id, {event: stream[i], parts, title});
    });
  }));
}

function drawLog() {
  $('log').replaceChildren(...log.entries.map(entry));
  $('log-empty').hidden = log.entries.length > 0;
  $('log-pager').replaceChildren(
    el('button', {type: 'button', class: 'quiet', id: 'log-newer', disabled: log.above.length === 0, onclick: newer}, 'Newer'),
    el('button', {type: 'button', class: 'quiet', id: 'log-older', disabled: !log.more, onclick: older}, 'Older'));
}

function entry(event) {
  const story = known(event);
  const parts = story ? story.parts : [`Event ${event.type}`];
  return el('li', {class: 'log-entry event', 'data-type': event.type, 'data-position': event.position},
    el('div', {class: 'event-head'},
      el('button', {type: 'button', class: 'travel-to', 'aria-label': `Show the lists right after event ${event.position}: ${text(parts)}`,
        onclick: () => log.choose(event)}, `#${event.position}`),
      sentenceElement(parts)),
    el('p', {class: 'event-when'}, el('time', {datetime: event.created_at}, timestamp(event.created_at)),
      story && story.title !== null && story.event.type !== 'todo_added' ? [' · ', el('bdi', {}, story.title)] : null),
    rawEvent(event));
}

async function older() {
  log.above.push(log.before);
  log.before = log.entries[log.entries.length - 1].position;
  await reloadLog();
}

async function newer() {
  log.before = log.above.pop();
  await reloadLog();
}

/** Shows only events of {@code type} ('' for every type), from the newest. */
export async function filterLog(type) {
  Object.assign(log, {type, above: [], before: null});
  await reloadLog();
}
