// An event as stored, one click away from its sentence: a <details> whose summary names its type and
// version, and whose body is the JSON the API answered, each string value in a <bdi> of its own.

import {el} from './dom.js';

/** The event's sentence from {@code parts} (user strings in <bdi>s). */
export function sentenceElement(parts) {
  return el('span', {class: 'event-sentence'},
    parts.map((part) => (typeof part === 'string' ? part : el('bdi', {}, part.user))));
}

/** The raw {@code event}, folded: its type and version, and when opened its body and ids. */
export function rawEvent(event) {
  const meta = [`position ${event.position}`, `event ${event.id}`, `todo ${event.aggregate_id}`];
  if (event.causation_id) meta.push(`caused by ${event.causation_id}`);
  return el('details', {class: 'event-raw'},
    el('summary', {}, el('span', {class: 'event-type'}, event.type), ' ', el('span', {class: 'event-version'}, `v${event.version}`)),
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
