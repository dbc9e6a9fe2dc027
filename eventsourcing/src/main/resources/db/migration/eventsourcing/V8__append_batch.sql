-- append_batch: many appends, to one or many aggregates, in one statement and so one transaction
-- and one WAL flush. The store gathers the appends that wait at the same moment (group commit) and
-- sends them here; a lone append still goes through append_events.
--
-- Append i is p_aggregate_ids[i] with p_expected_versions[i] (null: after whatever is there) and
-- the next p_event_counts[i] events of the event arrays, which hold every append's events in turn.
-- Returns one row per append, in order: the position of its last event when it was inserted, or
-- its aggregate's found version when that was not the expected one (a conflict, which fails that
-- append alone: nothing is raised, so the others still commit).
--
-- Locks come first and in one fixed order, by the advisory lock key itself (two aggregates may
-- share a key, so ordering by id could take two keys in either order): two batches, or a batch
-- and a single append, which takes just one lock, can never wait for each other in a cycle.
-- The appends then run one after another, each statement seeing the ones before it, so two
-- appends to one aggregate behave as if they came one after the other.
CREATE FUNCTION append_batch(
  p_aggregate_ids     uuid[],
  p_expected_versions bigint[],
  p_event_counts      int[],
  p_ids               uuid[],
  p_types             text[],
  p_bodies            text[],
  p_correlation_ids   uuid[],
  p_causation_ids     uuid[]
) RETURNS TABLE (append_number int, last_position bigint, found_version bigint)
LANGUAGE plpgsql AS $$
DECLARE
  lock_key        bigint;
  first_event     int := 1;
  last_event      int;
  current_version bigint;
BEGIN
  FOR lock_key IN
    SELECT DISTINCT hashtextextended(a::text, 0) FROM unnest(p_aggregate_ids) AS a ORDER BY 1
  LOOP
    PERFORM pg_advisory_xact_lock(lock_key);
  END LOOP;

  FOR i IN 1 .. cardinality(p_aggregate_ids) LOOP
    append_number := i;
    last_event := first_event + p_event_counts[i] - 1;
    SELECT coalesce(max(version), 0) INTO current_version
      FROM events WHERE aggregate_id = p_aggregate_ids[i];

    IF p_expected_versions[i] IS NOT NULL AND current_version <> p_expected_versions[i] THEN
      last_position := NULL;
      found_version := current_version;
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
