-- What keeps each processor failing, written by the instance that fails (its active one) so that
-- /health in any process can tell: since when (kept while the same event keeps failing, across a
-- restart), on which event (position and type; null when no event is to blame, say the database
-- was down), the last error and the attempts so far. The row is deleted when the processor gets
-- past the failure, and by the first step that works after an instance starts, so a crashed
-- instance's row does not outlive it.
CREATE TABLE processor_failures (
  processor     text        PRIMARY KEY,
  failing_since timestamptz NOT NULL,
  position      bigint,
  event_type    text,
  error         text        NOT NULL,
  attempts      integer     NOT NULL,
  updated_at    timestamptz NOT NULL
);
