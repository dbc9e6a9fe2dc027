// Time travel: the three lists as they were right after one event (?at=POSITION), read-only, with
// step buttons and a slider to walk through the store's positions, and a clear way back to now.

import {events} from './api.js';
import {timestamp} from './dates.js';
import {el} from './dom.js';
import {known, log, tell} from './log.js';
import {refresh, state} from './lists.js';
import {sentenceElement} from './raw.js';

const STEP = 50;
const $ = (id) => document.getElementById(id);
/** The head of the store as the page knows it (the newest position the stream announced). */
export const store = {head: 0, changed: null};

/** Shows the lists as they were right after {@code event} (one of the store's events). */
export async function travelTo(event) {
  state.at = event.position;
  state.panel = null;
  await tell([event]);
  const story = known(event);
  $('travel-where').replaceChildren(`The lists as they were right after event ${event.position}, `,
    el('time', {datetime: event.created_at}, timestamp(event.created_at)), ': ',
    sentenceElement(story ? story.parts : [event.type]), ...(story && story.title !== null ? [' (', el('bdi', {}, story.title), ')'] : []));
  Object.assign($('travel-slider'), {max: Math.max(store.head, event.position), value: event.position});
  $('travel').hidden = false;
  document.body.classList.add('in-the-past');
  store.changed();
  await refresh();
}

/** Back to the lists as they are now. */
export async function backToNow() {
  state.at = null;
  $('travel').hidden = true;
  document.body.classList.remove('in-the-past');
  store.changed();
  await refresh();
}

const types = () => (log.type ? [log.type] : []);

// the newest event before {@code position} (of the type the log filters on)
async function earlier(position) {
  const [event] = await events({limit: 1, before: position, types: types()});
  return event || null;
}

// the oldest event after {@code position}: the store reads newest first, so it looks a window above
async function later(position) {
  for (let top = position + STEP + 1; top <= store.head + STEP + 1; top += STEP) {
    const rows = (await events({limit: STEP, before: top, types: types()})).filter((row) => row.position > position);
    if (rows.length > 0) return rows[rows.length - 1];
  }
  return null;
}

async function step(find) {
  const event = await find(state.at);
  if (event) await travelTo(event);
  else if (find === later) await backToNow();
}

/** Wires the banner's buttons and slider. */
export function wireTravel() {
  $('travel-earlier').addEventListener('click', () => step(earlier));
  $('travel-later').addEventListener('click', () => step(later));
  $('travel-now').addEventListener('click', async () => {
    await backToNow();
    document.querySelector('[role="tab"][aria-selected="true"]').focus();
  });
  $('travel-slider').addEventListener('change', async () => {
    const event = await earlier(Number($('travel-slider').value) + 1);
    if (event) await travelTo(event);
  });
}
