// The page: the add form, the three lists and the event log as tabs (the tab is in the URL), time
// travel, the history panel, and live updates: an event the page has not seen reloads what it shows.

import {lockAddForm, wireAddForm} from './add-form.js';
import {commandPosition, events} from './api.js';
import {handlers} from './actions.js';
import {closeHistory, reloadHistory} from './history.js';
import {LISTS, refresh, render, state} from './lists.js';
import {follow} from './live.js';
import {filterLog, log, reloadLog} from './log.js';
import {store, travelTo, wireTravel} from './travel.js';

const TABS = [...LISTS, 'log'];
const $ = (id) => document.getElementById(id);
state.on = handlers;

async function showTab(name, {push = true} = {}) {
  state.list = name;
  state.panel = null;
  for (const tab of document.querySelectorAll('[role="tab"]')) {
    const selected = tab.dataset.list === name;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    if (selected && name !== 'log') $('list-panel').setAttribute('aria-labelledby', tab.id);
  }
  $('list-panel').hidden = name === 'log';
  $('log-panel').hidden = name !== 'log';
  if (push && location.hash !== `#${name}`) history.replaceState(null, '', `#${name}`);
  render();
  await Promise.all(name === 'log' ? [reloadLog(), refresh()] : [refresh()]);
}

function tabOfUrl() {
  const name = location.hash.slice(1);
  return TABS.includes(name) ? name : 'outstanding';
}

function moveBetweenTabs(event) {
  const step = {ArrowRight: 1, ArrowLeft: -1}[event.key];
  if (!step) return;
  const next = TABS[(TABS.indexOf(state.list) + step + TABS.length) % TABS.length];
  showTab(next);
  document.querySelector(`[data-list="${next}"]`).focus();
}

// bursts of events (a script adding a hundred todos) become one read of the lists
let timer = null;
function changed() {
  if (timer !== null) return;
  timer = setTimeout(async () => {
    timer = null;
    if (state.panel) state.waiting = true;
    else if (state.at === null) await refresh();
    if (state.list === 'log' && log.before === null) await reloadLog();
  }, 50);
}

function announced(event) {
  store.head = Math.max(store.head, event.position);
  $('travel-slider').max = String(Math.max(store.head, state.at || 0));
  // the user's own commands are already shown: their refresh read the lists with ?after=
  if (event.position <= Math.max(state.seen, commandPosition())) return;
  state.seen = event.position;
  changed();
}

async function resumed() {
  await Promise.all(state.list === 'log' ? [reloadLog(), refresh()] : [refresh()]);
}

function showLive(status) {
  $('live').dataset.state = status;
  $('live').textContent = status === 'live' ? 'Live' : 'Reconnecting…';
}

async function start() {
  const [newest] = await events({limit: 1}).catch(() => []);
  store.head = newest ? newest.position : 0;
  state.seen = store.head;
  follow(store.head, {event: announced, resumed, status: showLive});
  await showTab(tabOfUrl(), {push: false});
}

store.changed = () => lockAddForm($('add-form'), state.at !== null);
log.choose = async (event) => {
  await travelTo(event);
  await showTab('outstanding');
  $('travel-now').focus();
};
wireAddForm($('add-form'), () => showTab('outstanding'));
wireTravel();
$('filter').addEventListener('input', () => {
  state.filter = $('filter').value;
  render();
});
$('log-type').addEventListener('change', () => filterLog($('log-type').value));
for (const tab of document.querySelectorAll('[role="tab"]')) tab.addEventListener('click', () => showTab(tab.dataset.list));
document.querySelector('[role="tablist"]').addEventListener('keydown', moveBetweenTabs);
window.addEventListener('hashchange', () => showTab(tabOfUrl(), {push: false}));
$('history-close').addEventListener('click', closeHistory);
$('history-refresh').addEventListener('click', () => reloadHistory(state.at));
document.addEventListener('keydown', (event) => { if (event.key === 'Escape' && state.panel) handlers.close(); });
start();
