-- Events a reactor parked: a sequenced dead-letter queue, per reactor.
--
-- A reaction that fails for good (the reactor throws PermanentReactionFailure: the address can
-- never be delivered to) is parked here in the same transaction that moves the reactor's
-- checkpoint past it, so the event is either parked or still ahead, never lost. Later events of
-- the same aggregate are parked behind it (behind = the position they wait for, attempts = 0),
-- so each aggregate's events still reach the reactor in order. Projectors never park: a
-- projection with a hole would be wrong.
--
-- ./todo retry sets retry_requested_at; the reactor's active instance (the only one that reacts)
-- runs the requested events in position order before its next batch, deletes each that succeeds,
-- and on a failure counts the attempt, records the error and clears the request, which is how the
-- waiting command learns the outcome. Times are the database's clock, never a JVM's.
CREATE TABLE parked_events (
  processor          text        NOT NULL,
  position           bigint      NOT NULL,
  event_id           uuid        NOT NULL,
  aggregate_id       uuid        NOT NULL,
  event_type         text        NOT NULL,
  error              text        NOT NULL,
  attempts           integer     NOT NULL,
  behind             bigint,
  first_failed_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
  last_failed_at     timestamptz NOT NULL DEFAULT clock_timestamp(),
  retry_requested_at timestamptz,
  PRIMARY KEY (processor, position)
);

CREATE INDEX parked_events_aggregate ON parked_events (processor, aggregate_id, position);

-- What holds followers back, where an operator looking at the table (\d+ events) finds it.
COMMENT ON COLUMN events.transaction_id IS
  'The writing transaction (pg_current_xact_id()). Followers read only events whose transaction_id is '
  'below pg_snapshot_xmin(pg_current_snapshot()): the oldest transaction id still running anywhere on '
  'this PostgreSQL server. So any transaction holding a transaction id holds every follower back until '
  'it ends, not only event writers: one in another database of the server, a session idle in '
  'transaction after any write, a prepared transaction (until COMMIT/ROLLBACK PREPARED), a long bulk '
  'write. Read-only transactions hold no transaction id. GET /health names the oldest such transaction '
  '(held_back) once events have waited over a second.';
