// Live updates: the page follows GET /events/stream, which announces each stored event once all three
// lists have it. The browser resumes a broken stream with Last-Event-ID; after a break (a server
// restart, say) the page reads everything again, so it ends as a fresh load would.

const TYPES = ['todo_added', 'todo_amended', 'todo_moved_up', 'todo_completed', 'todo_abandoned',
  'stakeholder_notified_of_todo_completion'];
const RETRY_MS = 3000;

/**
 * Follows the stream from after {@code from}: {@code on.event(event)} for each event announced,
 * {@code on.resumed()} after a break, {@code on.status(state)} with 'live' or 'reconnecting'.
 */
export function follow(from, on) {
  let last = from;
  let broken = false;
  let source = null;
  const open = () => {
    source = new EventSource(`/events/stream?${new URLSearchParams({after: last})}`);
    const announced = (message) => {
      last = Math.max(last, Number(message.lastEventId) || 0);
      on.event(JSON.parse(message.data));
    };
    for (const type of ['message', ...TYPES]) source.addEventListener(type, announced);
    source.addEventListener('open', () => {
      on.status('live');
      if (broken) on.resumed();
      broken = false;
    });
    source.addEventListener('error', () => {
      broken = true;
      on.status('reconnecting');
      // a refusal (a 503 beyond the cap of open streams) closes it for good: open a new one later
      if (source.readyState === EventSource.CLOSED) setTimeout(open, RETRY_MS);
    });
  };
  // A page left (for another, or into the back/forward cache) gives its stream back: a browser has
  // only six connections to a server, and a stream kept open by a hidden page would hold one of them.
  window.addEventListener('pagehide', () => {
    source.close();
    broken = true;
  });
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) open();
  });
  open();
}
