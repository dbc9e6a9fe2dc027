-- The rules of OutstandingTodos and ScheduledTodos, which are the same, each applied to the
-- projection's own table. (Scheduled todos keep every outstanding todo in list order, because a
-- todo without a due date may get one later and still needs its place; their query shows those
-- with a due date.) TodoBatch calls project_<projection> with a batch of events as columns, one
-- array element per event in stream order:
-- - added: at the bottom of the list; a second todo_added of one id is ignored, as the
--   original's data may hold one. The batch's adds come first, as one statement, up to the
--   first add of a todo with an earlier event in the batch (a second add after a completion
--   must stay in place; so must every add after it, or they would take its list position).
--   Going first changes nothing else: positions come from the identity in insert order and are
--   only ever swapped, so a todo added in the batch is below every todo that existed before it,
--   and no earlier event in the batch looks below those (a move looks above, and a delete or
--   amend of another todo does not see it); the inserts are tried in the same order, so each
--   gets the very position it would have got one by one;
-- - amended: each field whose "given" flag is set (a field not given keeps its value, one given
--   as null is cleared);
-- - completed, abandoned: off the list;
-- - moved_up: swapped with the todo just above (at the top "above" is empty and nothing
--   changes). At the list's bottom the swap is made in memory: the bottom starts as the batch's
--   adds, gains each later add, and grows up by the todo just above it when a move reaches its
--   top; a deleted todo leaves an empty slot. Every row above the bottom is as one by one would
--   leave it (moves there swap rows above it only), so a move there is made in the table: both
--   positions looked up first, into variables, so the search for the todo above is a plain
--   backward index scan from a known position. The end of the batch writes the bottom's
--   positions, in one statement (the unique position is checked when the statement ends).
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
  batch_size integer := coalesce(array_length(kinds, 1), 0);
  late_adds_from bigint;
  -- The list's bottom, top first: a slot per position (ascending), the todo there, or null for a
  -- todo deleted since; every row above it is as one by one would leave it, its rows get their
  -- slots' positions at the end.
  bottom_ids uuid[];
  bottom_positions bigint[];
  moved integer;
  above integer;
  added_position bigint;
  moved_position bigint;
  above_id uuid;
  above_position bigint;
BEGIN
  late_adds_from := coalesce((
    SELECT min(n) FROM (
      SELECT kind, n, row_number() OVER (PARTITION BY todo_id ORDER BY n) AS nth
      FROM unnest(kinds, todo_ids) WITH ORDINALITY AS change (kind, todo_id, n)) AS numbered
    WHERE kind = 'added' AND nth > 1), batch_size + 1);
  WITH added AS (
    INSERT INTO query_{projection} (todo_id, title, description, due_date, stakeholder_email)
    SELECT todo_id, title, description, due_date, stakeholder_email
    FROM unnest(kinds, todo_ids, titles, descriptions, due_dates, stakeholder_emails)
      WITH ORDINALITY AS change (kind, todo_id, title, description, due_date, stakeholder_email, n)
    WHERE kind = 'added' AND n < late_adds_from
    ORDER BY n
    ON CONFLICT (todo_id) DO NOTHING
    RETURNING todo_id, list_position)
  SELECT coalesce(array_agg(todo_id ORDER BY list_position), '{}'),
    coalesce(array_agg(list_position ORDER BY list_position), '{}')
  INTO bottom_ids, bottom_positions FROM added;
  -- One past the last event, whose kind is null: the end of the batch.
  FOR i IN 1 .. batch_size + 1 LOOP
    CASE coalesce(kinds[i], 'end of batch')
    WHEN 'added' THEN
      IF i >= late_adds_from THEN
        INSERT INTO query_{projection} (todo_id, title, description, due_date, stakeholder_email)
        VALUES (todo_ids[i], titles[i], descriptions[i], due_dates[i], stakeholder_emails[i])
        ON CONFLICT (todo_id) DO NOTHING
        RETURNING list_position INTO added_position;
        IF FOUND THEN
          bottom_ids := bottom_ids || todo_ids[i];
          bottom_positions := bottom_positions || added_position;
        END IF;
      END IF;
    WHEN 'amended' THEN
      UPDATE query_{projection} SET
        title = CASE WHEN titles_given[i] THEN titles[i] ELSE title END,
        description = CASE WHEN descriptions_given[i] THEN descriptions[i] ELSE description END,
        due_date = CASE WHEN due_dates_given[i] THEN due_dates[i] ELSE due_date END,
        stakeholder_email = CASE WHEN stakeholder_emails_given[i] THEN stakeholder_emails[i] ELSE stakeholder_email END
      WHERE todo_id = todo_ids[i];
    WHEN 'completed', 'abandoned' THEN
      DELETE FROM query_{projection} WHERE todo_id = todo_ids[i];
      bottom_ids := array_replace(bottom_ids, todo_ids[i], NULL);
    WHEN 'moved_up' THEN
      moved := array_position(bottom_ids, todo_ids[i]);
      IF moved IS NULL THEN
        -- Above the bottom: the table is as one by one would leave it, so swap there.
        SELECT list_position INTO moved_position FROM query_{projection} WHERE todo_id = todo_ids[i];
        SELECT todo_id, list_position INTO above_id, above_position FROM query_{projection}
        WHERE list_position < moved_position
        ORDER BY list_position DESC LIMIT 1;
        IF above_id IS NOT NULL THEN
          UPDATE query_{projection}
          SET list_position = CASE WHEN todo_id = above_id THEN moved_position ELSE above_position END
          WHERE todo_id IN (todo_ids[i], above_id);
        END IF;
      ELSE
        above := moved - 1;
        WHILE above >= 1 AND bottom_ids[above] IS NULL LOOP
          above := above - 1;
        END LOOP;
        IF above = 0 THEN
          -- The todo above is the last one above the bottom: it joins the bottom, on top.
          SELECT todo_id, list_position INTO above_id, above_position FROM query_{projection}
          WHERE list_position < bottom_positions[1]
          ORDER BY list_position DESC LIMIT 1;
          IF above_id IS NOT NULL THEN
            bottom_ids := above_id || bottom_ids;
            bottom_positions := above_position || bottom_positions;
            above := 1;
            moved := moved + 1;
          END IF;
        END IF;
        IF above >= 1 THEN
          bottom_ids[moved] := bottom_ids[above];
          bottom_ids[above] := todo_ids[i];
        END IF;
      END IF;
    WHEN 'end of batch' THEN
      UPDATE query_{projection} AS todo SET list_position = slot.list_position
      FROM unnest(bottom_ids, bottom_positions) AS slot (todo_id, list_position)
      WHERE todo.todo_id = slot.todo_id AND todo.list_position <> slot.list_position;
    END CASE;
  END LOOP;
END $$
$template$, '{projection}', projection);
  END LOOP;
END $create$;
