// The HTTP API, as the page uses it. Every command remembers the position of its last event
// (the Todo-Position header) and every list read passes it as ?after=, so the lists the page
// shows always include the user's own changes. Every command carries a fresh Idempotency-Key and
// is sent once more with it after a network error or a 503: a command stored before the
// connection broke then answers as it did, so a flaky connection never adds a todo twice.

/** A failed request: the API's status and its message ("Bad Request: title is blank"). */
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

let lastPosition = null;

async function request(method, path, body, key) {
  const headers = body === undefined ? {Accept: 'application/json'} : {'Content-Type': 'application/json'};
  if (key !== undefined) headers['Idempotency-Key'] = `"${key}"`;
  let response;
  try {
    response = await fetch(path, {method, headers, body: body === undefined ? undefined : JSON.stringify(body)});
  } catch (e) {
    throw new ApiError(0, 'Cannot reach the server: is ./todo serve running?');
  }
  if (!response.ok) throw new ApiError(response.status, (await response.text()) || response.statusText);
  return response;
}

async function sendOnceMore(method, path, body) {
  const key = newId();
  try {
    return await request(method, path, body, key);
  } catch (e) {
    if (!(e instanceof ApiError) || (e.status !== 0 && e.status !== 503)) throw e;
    return request(method, path, body, key);
  }
}

async function command(method, id, suffix, body) {
  const response = await sendOnceMore(method, `/todo/${encodeURIComponent(id)}${suffix}`, body);
  const position = response.headers.get('Todo-Position');
  if (position !== null && /^\d+$/.test(position)) lastPosition = position;
}

/** The position of the last event of the user's own commands (0 before any). */
export function commandPosition() {
  return Number(lastPosition || 0);
}

/** The commands: each resolves once its events are stored, or rejects with an ApiError. */
export const commands = {
  add: (id, fields) => command('POST', id, '', fields),
  amend: (id, fields) => command('PUT', id, '', fields),
  complete: (id, completedOn) => command('POST', id, '/complete', {completed_on: completedOn}),
  abandon: (id, abandonedOn) => command('POST', id, '/abandon', {abandoned_on: abandonedOn}),
  moveUp: (id) => command('POST', id, '/moveup', {}),
};

/**
 * Up to {@code limit} rows of one list (outstanding, scheduled, completed) from {@code offset}:
 * as it was right after position {@code at}, or, without one, reflecting every command sent so far
 * and the position {@code seen} (of an event the stream announced).
 */
export async function list(name, offset, limit, {at = null, seen = null} = {}) {
  const query = new URLSearchParams({offset, limit});
  if (at !== null) query.set('at', at);
  const after = Math.max(Number(lastPosition || 0), Number(seen || 0));
  if (at === null && after > 0) query.set('after', after);
  return (await request('GET', `/todos/${name}?${query}`)).json();
}

/** The todo's stored events, oldest first; up to position {@code at} when given. */
export async function history(id, at = null) {
  const query = at === null ? '' : `?${new URLSearchParams({at})}`;
  return (await request('GET', `/todo/${encodeURIComponent(id)}/events${query}`)).json();
}

/** Up to {@code limit} events of the whole store, newest first, before {@code before}, of {@code types}. */
export async function events({limit, before = null, types = []}) {
  const query = new URLSearchParams({limit});
  if (before !== null) query.set('before', before);
  if (types.length > 0) query.set('type', types.join(','));
  return (await request('GET', `/events?${query}`)).json();
}

/** A fresh todo id; crypto.randomUUID needs a secure context, which plain http on a LAN is not. */
export function newId() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
