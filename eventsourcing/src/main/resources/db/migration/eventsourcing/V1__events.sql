-- The event store: one table, one append function.
--
-- Why transaction_id: positions come from a sequence when a row is inserted, but transactions
-- commit in another order, so a follower reading "position > last seen" could pass an event whose
-- transaction commits later and never come back for it. Each event therefore records its writing
-- transaction, and followers read in (transaction_id, position) order, only events whose
-- transaction is older than every transaction still running (pg_snapshot_xmin). Those
-- transactions are finished, and no new one can ever get a smaller id, so nothing can appear
-- behind a follower. The price: one long-running writing transaction holds every follower back
-- until it ends. Writers, meanwhile, never wait for each other unless they write the same aggregate.
CREATE TABLE events (
  position       bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  transaction_id xid8        NOT NULL DEFAULT pg_current_xact_id(),
  id             uuid        NOT NULL,
  aggregate_id   uuid        NOT NULL,
  version        bigint      NOT NULL CHECK (version > 0),
  type           text        NOT NULL,
  body           jsonb       NOT NULL,
  correlation_id uuid,
  causation_id   uuid,
  created_at     timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT events_id_unique UNIQUE (id),
  CONSTRAINT events_aggregate_version_unique UNIQUE (aggregate_id, version)
);

CREATE INDEX events_read_order ON events (transaction_id, position);
CREATE INDEX events_causation ON events (causation_id) WHERE causation_id IS NOT NULL;

-- Appends events to one aggregate as versions expected_version + 1 onwards, in one statement so
-- that a single-event append is one round trip. "Lock narrowly, check the expected version,
-- insert": the advisory lock is per aggregate, so only writers of the same todo ever queue.
-- A null expected version appends after whatever is there (for reactors).
-- Raises SQLSTATE ES409 with the found version as DETAIL when the version does not match.
CREATE FUNCTION append_events(
  p_aggregate_id     uuid,
  p_expected_version bigint,
  p_ids              uuid[],
  p_types            text[],
  p_bodies           text[],
  p_correlation_ids  uuid[],
  p_causation_ids    uuid[]
) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
  current_version bigint;
  last_position   bigint;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended(p_aggregate_id::text, 0));

  SELECT coalesce(max(version), 0) INTO current_version
    FROM events WHERE aggregate_id = p_aggregate_id;

  IF p_expected_version IS NOT NULL AND current_version <> p_expected_version THEN
    RAISE EXCEPTION 'Aggregate % expected version %, found %',
      p_aggregate_id, p_expected_version, current_version
      USING ERRCODE = 'ES409', DETAIL = current_version::text;
  END IF;

  WITH appended AS (
    INSERT INTO events (id, aggregate_id, version, type, body, correlation_id, causation_id)
    SELECT e.id, p_aggregate_id, current_version + e.n, e.type, e.body::jsonb,
           e.correlation_id, e.causation_id
      FROM unnest(p_ids, p_types, p_bodies, p_correlation_ids, p_causation_ids)
           WITH ORDINALITY AS e(id, type, body, correlation_id, causation_id, n)
     ORDER BY e.n
    RETURNING position
  )
  SELECT max(position) INTO last_position FROM appended;

  RETURN last_position;
END
$$;
