-- The projectors apply a batch of events per call: these functions take the batch as columns (one
-- array element per event, in stream order) and apply each event as the projectors once did with a
-- statement each. They are functions so that a batch of 500 events costs one round trip instead of
-- 500. The SQL in them is static, so plpgsql caches its plans; that is why the two list tables, the
-- same but for their names, have a function each. Amend fields come with a "given" flag: a field
-- not given keeps its value, one given as null is cleared.

-- Outstanding todos in list order: add at the bottom (a second todo_added of one id is ignored,
-- as the original's data may hold one), amend, drop when completed or abandoned, and move up by
-- swapping with the todo just above (at the top "above" is empty and nothing changes). The swap
-- looks up both positions first, into variables, so the search for the todo above is a plain
-- backward index scan from a known position (faster than one statement joining it to the moved todo).
CREATE FUNCTION project_outstanding_todos(
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
      INSERT INTO query_outstanding_todos (todo_id, title, description, due_date, stakeholder_email)
      VALUES (todo_ids[i], titles[i], descriptions[i], due_dates[i], stakeholder_emails[i])
      ON CONFLICT (todo_id) DO NOTHING;
    WHEN 'amended' THEN
      UPDATE query_outstanding_todos SET
        title = CASE WHEN titles_given[i] THEN titles[i] ELSE title END,
        description = CASE WHEN descriptions_given[i] THEN descriptions[i] ELSE description END,
        due_date = CASE WHEN due_dates_given[i] THEN due_dates[i] ELSE due_date END,
        stakeholder_email = CASE WHEN stakeholder_emails_given[i] THEN stakeholder_emails[i] ELSE stakeholder_email END
      WHERE todo_id = todo_ids[i];
    WHEN 'completed', 'abandoned' THEN
      DELETE FROM query_outstanding_todos WHERE todo_id = todo_ids[i];
    WHEN 'moved_up' THEN
      SELECT list_position INTO moved_position FROM query_outstanding_todos WHERE todo_id = todo_ids[i];
      SELECT todo_id, list_position INTO above_id, above_position FROM query_outstanding_todos
      WHERE list_position < moved_position
      ORDER BY list_position DESC LIMIT 1;
      IF above_id IS NOT NULL THEN
        UPDATE query_outstanding_todos
        SET list_position = CASE WHEN todo_id = above_id THEN moved_position ELSE above_position END
        WHERE todo_id IN (todo_ids[i], above_id);
      END IF;
    END CASE;
  END LOOP;
END $$;

-- Scheduled todos: the same as outstanding todos, in a table of their own.
CREATE FUNCTION project_scheduled_todos(
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
      INSERT INTO query_scheduled_todos (todo_id, title, description, due_date, stakeholder_email)
      VALUES (todo_ids[i], titles[i], descriptions[i], due_dates[i], stakeholder_emails[i])
      ON CONFLICT (todo_id) DO NOTHING;
    WHEN 'amended' THEN
      UPDATE query_scheduled_todos SET
        title = CASE WHEN titles_given[i] THEN titles[i] ELSE title END,
        description = CASE WHEN descriptions_given[i] THEN descriptions[i] ELSE description END,
        due_date = CASE WHEN due_dates_given[i] THEN due_dates[i] ELSE due_date END,
        stakeholder_email = CASE WHEN stakeholder_emails_given[i] THEN stakeholder_emails[i] ELSE stakeholder_email END
      WHERE todo_id = todo_ids[i];
    WHEN 'completed', 'abandoned' THEN
      DELETE FROM query_scheduled_todos WHERE todo_id = todo_ids[i];
    WHEN 'moved_up' THEN
      SELECT list_position INTO moved_position FROM query_scheduled_todos WHERE todo_id = todo_ids[i];
      SELECT todo_id, list_position INTO above_id, above_position FROM query_scheduled_todos
      WHERE list_position < moved_position
      ORDER BY list_position DESC LIMIT 1;
      IF above_id IS NOT NULL THEN
        UPDATE query_scheduled_todos
        SET list_position = CASE WHEN todo_id = above_id THEN moved_position ELSE above_position END
        WHERE todo_id IN (todo_ids[i], above_id);
      END IF;
    END CASE;
  END LOOP;
END $$;

-- Completed todos: open todos' latest fields are kept until they complete; completing copies them,
-- with the completion date, to the end of the completed list (once), then drops the open todo.
CREATE FUNCTION project_completed_todos(
  kinds text[], todo_ids uuid[], titles text[], descriptions text[], due_dates timestamptz[],
  stakeholder_emails text[], titles_given boolean[], descriptions_given boolean[],
  due_dates_given boolean[], stakeholder_emails_given boolean[], completed_ons timestamptz[]
) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  FOR i IN 1 .. coalesce(array_length(kinds, 1), 0) LOOP
    CASE kinds[i]
    WHEN 'added' THEN
      INSERT INTO query_completed_todos_incomplete_todos (todo_id, title, description, due_date, stakeholder_email)
      VALUES (todo_ids[i], titles[i], descriptions[i], due_dates[i], stakeholder_emails[i])
      ON CONFLICT (todo_id) DO NOTHING;
    WHEN 'amended' THEN
      UPDATE query_completed_todos_incomplete_todos SET
        title = CASE WHEN titles_given[i] THEN titles[i] ELSE title END,
        description = CASE WHEN descriptions_given[i] THEN descriptions[i] ELSE description END,
        due_date = CASE WHEN due_dates_given[i] THEN due_dates[i] ELSE due_date END,
        stakeholder_email = CASE WHEN stakeholder_emails_given[i] THEN stakeholder_emails[i] ELSE stakeholder_email END
      WHERE todo_id = todo_ids[i];
    WHEN 'completed' THEN
      INSERT INTO query_completed_todos (todo_id, title, description, due_date, stakeholder_email, completed_on)
      SELECT todo_id, title, description, due_date, stakeholder_email, completed_ons[i]
      FROM query_completed_todos_incomplete_todos
      WHERE todo_id = todo_ids[i]
      ON CONFLICT (todo_id) DO NOTHING;
      DELETE FROM query_completed_todos_incomplete_todos WHERE todo_id = todo_ids[i];
    WHEN 'abandoned' THEN
      DELETE FROM query_completed_todos_incomplete_todos WHERE todo_id = todo_ids[i];
    WHEN 'moved_up' THEN
      NULL;
    END CASE;
  END LOOP;
END $$;
