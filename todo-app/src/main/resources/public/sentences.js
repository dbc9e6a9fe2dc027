// A todo's history in words, the same sentences as the command line's `./todo history`: each event
// read against the state the events before it left, so an amendment can say what it changed from.
// A sentence is built of parts, plain text and {user: text}, so the page can isolate each user string.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const quoted = (value) => ['"', {user: value}, '"'];
const user = (value) => [{user: value}];
const AMENDABLE = [
  ['title', 'Title', quoted],
  ['description', 'Description', quoted],
  ['due_date', 'Due date', (value) => [day(value)]],
  ['stakeholder_email', 'Stakeholder', user],
];

/** "1 Jan 2017" for "2017-01-01" or a date-time starting with it; any other text as it is. */
export function day(value) {
  const parts = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(value));
  if (!parts) return String(value);
  return `${Number(parts[3])} ${MONTHS[Number(parts[2]) - 1]} ${parts[1]}`;
}

/** The sentences of {@code events} (one todo's, oldest first) as parts, one per event, in order. */
export function historyParts(events) {
  let todo = {};
  return events.map((event) => {
    const parts = sentenceParts(event.type, event.body || {}, todo);
    todo = evolve(todo, event.type, event.body || {});
    return parts;
  });
}

/** The sentences of {@code events} (one todo's, oldest first) as text. */
export function sentences(events) {
  return historyParts(events).map(text);
}

/** {@code parts} as one string: "Added \"Get to the chopper\", due 1 Jan 2017". */
export function text(parts) {
  return parts.map((part) => (typeof part === 'string' ? part : part.user)).join('');
}

/** The parts of the sentence of an event of {@code type} with {@code body}, given the todo {@code before} it. */
export function sentenceParts(type, body, before) {
  if (type === 'todo_added') return added(body);
  if (type === 'todo_amended') return amended(body, before);
  if (type === 'todo_moved_up') return ['Moved up'];
  if (type === 'todo_completed') return [`Completed on ${day(body.completed_on)}`];
  if (type === 'todo_abandoned') return [`Abandoned on ${day(body.abandoned_on)}`];
  if (type === 'stakeholder_notified_of_todo_completion') return ['Stakeholder notified by email (caused by the completion)'];
  return [`Event ${type}`];
}

function added(body) {
  const parts = present(body.title) ? ['Added ', ...quoted(body.title)] : ['Added (no title)'];
  if (present(body.due_date)) parts.push(`, due ${day(body.due_date)}`);
  if (present(body.stakeholder_email)) parts.push(', stakeholder ', ...user(body.stakeholder_email));
  if (present(body.description)) parts.push(', description ', ...quoted(body.description));
  return parts;
}

function amended(body, before) {
  const clauses = AMENDABLE.filter(([key]) => key in body)
    .map(([key, name, show]) => change(name, show, before[key], body[key]));
  if (clauses.length === 0) return ['Amended (nothing changed)'];
  return clauses.flatMap((clause, i) => (i === 0 ? clause : ['; ', ...clause]));
}

function change(name, show, from, to) {
  if (!present(to)) return [`${name} removed`];
  if (!present(from)) return [`${name} set to `, ...show(to)];
  if (text(show(from)) === text(show(to))) return [`${name} unchanged (`, ...show(to), ')'];
  return [`${name} changed from `, ...show(from), ' to ', ...show(to)];
}

function present(value) {
  return value !== null && value !== undefined;
}

function evolve(todo, type, body) {
  if (type === 'todo_added') return {...body};
  if (type === 'todo_amended') return {...todo, ...body};
  return todo;
}
