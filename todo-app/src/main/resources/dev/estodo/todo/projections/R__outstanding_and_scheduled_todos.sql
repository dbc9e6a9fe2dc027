-- The rules of OutstandingTodos and ScheduledTodos, which are the same, each applied to the
-- projection's own table. (Scheduled todos keep every outstanding todo in list order, because a
-- todo without a due date may get one later and still needs its place; their query shows those
-- with a due date.) TodoBatch calls project_<projection> with a batch of events as columns, one
-- array element per event in stream order:
-- - added: at the bottom of the list; a second todo_added of one id is ignored, as the
--   original's data may hold one;
-- - amended: each field whose "given" flag is set (a field not given keeps its value, one given
--   as null is cleared);
-- - completed, abandoned: off the list;
-- - moved_up: swapped with the todo just above (at the top "above" is empty and nothing
--   changes). Both positions are looked up first, into variables, so the search for the todo
--   above is a plain backward index scan from a known position (faster than one statement
--   joining it to the moved todo).
--
-- The rules are written once, as the template below, and this block creates one function per
-- projection from it, with {projection} replaced by the projection's name. Each function's SQL
-- is static, so plpgsql caches its plans, which one function taking the table's name (EXECUTE
-- for every event) would not. A repeatable migration: when this file changes, the next start
-- replaces both functions in place.
DO $create$
DECLARE
  projection text;
BEGIN
  FOREACH projection IN ARRAY ARRAY['outstanding_todos', 'scheduled_todos'] LOOP
    EXECUTE replace($template$
CREATE OR REPLACE FUNCTION project_{projection}(
  kinds text[], todo_ids uuid[], titles text[], descriptions text[], due_dates timestamptz[],
  stakeholder_emails text[], titles_given boolean[], descriptions_given boolean[],
  due_dates_given boolean[], stakeholder_emails_given boolean[], completed_ons timestamptz[]
) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  moved_position bigint;
  above_id uuid;
  above_position bigint;
BEGIN
  FOR i IN 1 .. coalesce(array_length(kinds, 1), 0) LOOP
    CASE kinds[i]
    WHEN 'added' THEN
      INSERT INTO query_{projection} (todo_id, title, description, due_date, stakeholder_email)
      VALUES (todo_ids[i], titles[i], descriptions[i], due_dates[i], stakeholder_emails[i])
      ON CONFLICT (todo_id) DO NOTHING;
    WHEN 'amended' THEN
      UPDATE query_{projection} SET
        title = CASE WHEN titles_given[i] THEN titles[i] ELSE title END,
        description = CASE WHEN descriptions_given[i] THEN descriptions[i] ELSE description END,
        due_date = CASE WHEN due_dates_given[i] THEN due_dates[i] ELSE due_date END,
        stakeholder_email = CASE WHEN stakeholder_emails_given[i] THEN stakeholder_emails[i] ELSE stakeholder_email END
      WHERE todo_id = todo_ids[i];
    WHEN 'completed', 'abandoned' THEN
      DELETE FROM query_{projection} WHERE todo_id = todo_ids[i];
    WHEN 'moved_up' THEN
      SELECT list_position INTO moved_position FROM query_{projection} WHERE todo_id = todo_ids[i];
      SELECT todo_id, list_position INTO above_id, above_position FROM query_{projection}
      WHERE list_position < moved_position
      ORDER BY list_position DESC LIMIT 1;
      IF above_id IS NOT NULL THEN
        UPDATE query_{projection}
        SET list_position = CASE WHEN todo_id = above_id THEN moved_position ELSE above_position END
        WHERE todo_id IN (todo_ids[i], above_id);
      END IF;
    END CASE;
  END LOOP;
END $$
$template$, '{projection}', projection);
  END LOOP;
END $create$;
