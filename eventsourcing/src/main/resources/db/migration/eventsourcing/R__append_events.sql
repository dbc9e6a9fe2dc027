-- append_events, the store's one write, kept here and nowhere else from now on (and, after it,
-- append_batch_with_races, its group committed form): this is a repeatable migration, which Flyway applies after the versioned ones and again whenever this
-- file changes, so a change replaces the function in place on the next start. (V1 and V3 hold
-- its earlier versions; databases have applied them, so they stay as they are.) CREATE OR REPLACE
-- cannot change the arguments or the result: a new signature needs a DROP FUNCTION first.
--
-- Appends events to one aggregate as versions expected_version + 1 onwards, in one statement so
-- that a single-event append is one round trip. "Lock narrowly, check the expected version,
-- insert": the advisory lock is per aggregate, so only writers of the same todo ever queue.
-- A null expected version appends after whatever is there (for reactors).
-- Raises SQLSTATE ES409 with the found version as DETAIL when the version does not match, or
-- ES40W when it matched as the append asked for the lock and a concurrent writer moved it while
-- the append waited: a writer that did not read first (an add of a new id) can then tell a race
-- it lost from a stream that was there before. The lock is tried first, so the uncontended
-- append, nearly every one, pays for no extra read.
--
-- One event, the common case (every todo command decides one), is a plain INSERT ... VALUES:
-- executing the unnest, sort and CTE of the general path costs PostgreSQL more CPU than the
-- insert itself, which made a single-event append use about 1.5 times the server CPU of a raw
-- INSERT of the same row.
CREATE OR REPLACE FUNCTION append_events(
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
  lock_key            bigint := hashtextextended(p_aggregate_id::text, 0);
  version_before_wait bigint;
  current_version     bigint;
  last_position       bigint;
BEGIN
  IF NOT pg_try_advisory_xact_lock(lock_key) THEN
    IF p_expected_version IS NOT NULL THEN
      SELECT coalesce(max(version), 0) INTO version_before_wait
        FROM events WHERE aggregate_id = p_aggregate_id;
    END IF;
    PERFORM pg_advisory_xact_lock(lock_key);
  END IF;

  SELECT coalesce(max(version), 0) INTO current_version
    FROM events WHERE aggregate_id = p_aggregate_id;

  IF p_expected_version IS NOT NULL AND current_version <> p_expected_version THEN
    RAISE EXCEPTION 'Aggregate % expected version %, found %',
      p_aggregate_id, p_expected_version, current_version
      USING ERRCODE = CASE WHEN version_before_wait = p_expected_version THEN 'ES40W' ELSE 'ES409' END,
            DETAIL = current_version::text;
  END IF;

  IF cardinality(p_ids) = 1 THEN
    INSERT INTO events (id, aggregate_id, version, type, body, correlation_id, causation_id)
    VALUES (p_ids[1], p_aggregate_id, current_version + 1, p_types[1], p_bodies[1]::jsonb,
            p_correlation_ids[1], p_causation_ids[1])
    RETURNING position INTO last_position;
    RETURN last_position;
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

-- append_batch_with_races: append_batch of V8 (see there for the batch's arguments, outcomes and
-- lock order), whose outcome also says whether a conflict was a lost race, as ES40W does for
-- append_events: the aggregate was at the expected version when the batch asked for its lock,
-- or when the batch's first append to it looked, and a concurrent writer or an earlier append of
-- the same batch moved it since. Locks are tried first, so an uncontended batch reads no more.
-- A new name, as a result column cannot be added in place (V8's function stays, unused by the store).

-- The version the batch's first append to aggregate_ids[i] found: that stream as the batch found it.
CREATE OR REPLACE FUNCTION append_batch_first_seen(aggregate_ids uuid[], seen bigint[], i int) RETURNS bigint
LANGUAGE sql IMMUTABLE AS $$
  SELECT seen[min(j)] FROM generate_subscripts(aggregate_ids, 1) AS j WHERE j <= i AND aggregate_ids[j] = aggregate_ids[i]
$$;

CREATE OR REPLACE FUNCTION append_batch_with_races(
  p_aggregate_ids     uuid[],
  p_expected_versions bigint[],
  p_event_counts      int[],
  p_ids               uuid[],
  p_types             text[],
  p_bodies            text[],
  p_correlation_ids   uuid[],
  p_causation_ids     uuid[]
) RETURNS TABLE (append_number int, last_position bigint, found_version bigint, lost_race boolean)
LANGUAGE plpgsql AS $$
DECLARE
  lock_key        bigint;
  first_event     int := 1;
  last_event      int;
  current_version bigint;
  appends         int := cardinality(p_aggregate_ids);
  before_wait     bigint[] := array_fill(NULL::bigint, ARRAY[appends]);
  seen            bigint[] := array_fill(NULL::bigint, ARRAY[appends]);
BEGIN
  FOR lock_key IN
    SELECT DISTINCT hashtextextended(a::text, 0) FROM unnest(p_aggregate_ids) AS a ORDER BY 1
  LOOP
    IF NOT pg_try_advisory_xact_lock(lock_key) THEN
      FOR j IN 1 .. appends LOOP
        IF p_expected_versions[j] IS NOT NULL AND hashtextextended(p_aggregate_ids[j]::text, 0) = lock_key THEN
          before_wait[j] := (SELECT coalesce(max(version), 0) FROM events WHERE aggregate_id = p_aggregate_ids[j]);
        END IF;
      END LOOP;
      PERFORM pg_advisory_xact_lock(lock_key);
    END IF;
  END LOOP;

  FOR i IN 1 .. appends LOOP
    append_number := i;
    last_event := first_event + p_event_counts[i] - 1;
    SELECT coalesce(max(version), 0) INTO current_version
      FROM events WHERE aggregate_id = p_aggregate_ids[i];
    seen[i] := current_version;
    lost_race := false;

    IF p_expected_versions[i] IS NOT NULL AND current_version <> p_expected_versions[i] THEN
      last_position := NULL;
      found_version := current_version;
      lost_race := coalesce(before_wait[i], append_batch_first_seen(p_aggregate_ids, seen, i)) = p_expected_versions[i];
    ELSIF p_event_counts[i] = 1 THEN
      INSERT INTO events (id, aggregate_id, version, type, body, correlation_id, causation_id)
      VALUES (p_ids[first_event], p_aggregate_ids[i], current_version + 1, p_types[first_event],
              p_bodies[first_event]::jsonb, p_correlation_ids[first_event], p_causation_ids[first_event])
      RETURNING position INTO last_position;
      found_version := NULL;
    ELSE
      WITH appended AS (
        INSERT INTO events (id, aggregate_id, version, type, body, correlation_id, causation_id)
        SELECT e.id, p_aggregate_ids[i], current_version + e.n, e.type, e.body::jsonb,
               e.correlation_id, e.causation_id
          FROM unnest(p_ids[first_event:last_event], p_types[first_event:last_event],
                      p_bodies[first_event:last_event], p_correlation_ids[first_event:last_event],
                      p_causation_ids[first_event:last_event])
               WITH ORDINALITY AS e(id, type, body, correlation_id, causation_id, n)
         ORDER BY e.n
        RETURNING position
      )
      SELECT max(position) INTO last_position FROM appended;
      found_version := NULL;
    END IF;

    RETURN NEXT;
    first_event := last_event + 1;
  END LOOP;
END
$$;
