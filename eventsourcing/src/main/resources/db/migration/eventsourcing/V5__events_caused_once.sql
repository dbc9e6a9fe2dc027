-- A reaction is recorded once: at most one event of a type per causation_id, so two instances of a
-- reactor (or one instance replaying after a crash or a reset) cannot both record the same
-- reaction. The library maps a violation of this index to "already done" (AlreadyCausedException),
-- never to an error.
--
-- Stores written before this index may already hold such duplicates (two instances both notified
-- after a lost lock). Events are never rewritten or deleted, so the later duplicates (every one
-- after the first of its cause and type, by position) stay, and the index leaves exactly those rows
-- out by position; the first of each still counts, so no new duplicate can join it. The positions
-- left out are listed in the index definition (\d events shows them) and in the migration's NOTICE.
DO $$
DECLARE
  repeated bigint[];
  predicate text := 'causation_id IS NOT NULL';
BEGIN
  SELECT array_agg(position ORDER BY position) INTO repeated
    FROM (SELECT position,
                 row_number() OVER (PARTITION BY causation_id, type ORDER BY position) AS nth
            FROM events WHERE causation_id IS NOT NULL) AS caused
   WHERE nth > 1;
  IF repeated IS NOT NULL THEN
    RAISE NOTICE 'events_caused_once leaves out % repeated reactions at positions %',
      cardinality(repeated), repeated;
    predicate := predicate || format(' AND position <> ALL (%L::bigint[])', repeated);
  END IF;
  EXECUTE 'CREATE UNIQUE INDEX events_caused_once ON events (causation_id, type) WHERE ' || predicate;
END
$$;
