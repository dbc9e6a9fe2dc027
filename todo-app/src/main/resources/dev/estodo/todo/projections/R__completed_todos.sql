-- The rules of CompletedTodos. Open todos' latest fields are kept in a table of their own until
-- they complete; completing copies them, with the completion date, to the end of the completed
-- list (once), then drops the open todo; abandoning drops it. TodoBatch calls the function with a
-- batch of events as columns, one array element per event in stream order; an amend changes each
-- field whose "given" flag is set (a field not given keeps its value, one given as null is cleared).
-- A repeatable migration: when this file changes, the next start replaces the function in place.
CREATE OR REPLACE FUNCTION project_completed_todos(
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
