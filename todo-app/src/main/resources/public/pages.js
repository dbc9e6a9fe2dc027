// Long lists a page at a time, and a filter by text over the page shown.
// Each list is read one row past the page, so the page knows whether a next one exists without a count.

import {el} from './dom.js';

/** Todos shown on one page of a list. */
export const PAGE_SIZE = 50;

/** The rows of one page out of the {@code PAGE_SIZE + 1} read, and whether more follow. */
export function pageOf(rows) {
  return {rows: rows.slice(0, PAGE_SIZE), more: rows.length > PAGE_SIZE};
}

/** The count a tab shows: exact on the last page, else "at least" (e.g. "100+"). */
export function countText(page) {
  return page.more ? `${page.offset + PAGE_SIZE}+` : String(page.offset + page.rows.length);
}

/** Whether {@code todo} contains {@code filter} (any case) in its title, description or stakeholder email. */
export function matches(todo, filter) {
  const wanted = filter.trim().toLocaleLowerCase();
  if (wanted === '') return true;
  return [todo.title, todo.description, todo.stakeholder_email]
    .some((text) => typeof text === 'string' && text.toLocaleLowerCase().includes(wanted));
}

/** The pager under the list: previous, which todos these are, next; {@code on.go(step)} turns the page. */
export function pager(page, on) {
  const first = page.rows.length === 0 ? 0 : page.offset + 1;
  return [
    el('button', {type: 'button', class: 'quiet', id: 'page-previous', disabled: page.offset === 0,
      onclick: () => on.go(-1)}, 'Previous'),
    el('span', {id: 'page-range'}, `Todos ${first}–${page.offset + page.rows.length}`),
    el('button', {type: 'button', class: 'quiet', id: 'page-next', disabled: !page.more,
      onclick: () => on.go(1)}, 'Next'),
  ];
}
