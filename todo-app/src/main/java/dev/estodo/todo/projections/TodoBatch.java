package dev.estodo.todo.projections;

import dev.estodo.eventsourcing.StoredEvent;
import dev.estodo.todo.events.TodoEventTypes;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Applies a batch of events to a projection in one round trip: decodes them into {@link TodoChange}s
 * and passes those, column by column (one array element per event, in stream order), to the
 * projection's plpgsql function, which applies each as a statement of its own. One call per batch,
 * because a round trip per event capped a rebuild at a few thousand events a second. The functions
 * are the repeatable migrations beside the projections ({@code R__*.sql}); all take these columns.
 */
final class TodoBatch {
  private static final String CALL = """
      SELECT %s(?, ?::uuid[], ?, ?, ?::timestamptz[], ?, ?, ?, ?, ?, ?::timestamptz[])""";

  private TodoBatch() {}

  /** Calls {@code function} with the changes {@code events} make; events that change no todo are left out. */
  static void apply(Connection transaction, String function, List<StoredEvent> events) throws SQLException {
    List<TodoChange> changes = new ArrayList<>();
    for (StoredEvent event : events) {
      TodoChange change = TodoChange.of(event.aggregateId(), TodoEventTypes.registry().toEvent(event));
      if (change != null) changes.add(change);
    }
    if (changes.isEmpty()) return;
    try (PreparedStatement statement = transaction.prepareStatement(CALL.formatted(function))) {
      statement.setArray(1, texts(transaction, changes, TodoChange::kind));
      statement.setArray(2, texts(transaction, changes, change -> change.todoId().toString()));
      statement.setArray(3, texts(transaction, changes, TodoChange::title));
      statement.setArray(4, texts(transaction, changes, TodoChange::description));
      statement.setArray(5, texts(transaction, changes, TodoChange::dueDate));
      statement.setArray(6, texts(transaction, changes, TodoChange::stakeholderEmail));
      statement.setArray(7, flags(transaction, changes, TodoChange::titleGiven));
      statement.setArray(8, flags(transaction, changes, TodoChange::descriptionGiven));
      statement.setArray(9, flags(transaction, changes, TodoChange::dueDateGiven));
      statement.setArray(10, flags(transaction, changes, TodoChange::stakeholderEmailGiven));
      statement.setArray(11, texts(transaction, changes, TodoChange::completedOn));
      statement.execute();
    }
  }

  private static Array texts(Connection transaction, List<TodoChange> changes, Function<TodoChange, String> column)
      throws SQLException {
    return transaction.createArrayOf("text", changes.stream().map(column).toArray(String[]::new));
  }

  private static Array flags(Connection transaction, List<TodoChange> changes, Function<TodoChange, Boolean> column)
      throws SQLException {
    return transaction.createArrayOf("bool", changes.stream().map(column).toArray(Boolean[]::new));
  }
}
