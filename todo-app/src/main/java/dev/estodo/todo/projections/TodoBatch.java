package dev.estodo.todo.projections;

import dev.estodo.eventsourcing.StoredEvent;
import dev.estodo.todo.events.TodoEventTypes;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Applies a batch of events to a projection in one round trip: decodes them into {@link TodoChange}s
 * and passes those, column by column (one array element per event, in stream order), to the
 * projection's plpgsql function, which applies each as a statement of its own. One call per batch,
 * because a round trip per event capped a rebuild at a few thousand events a second. The functions
 * are the repeatable migrations beside the projections ({@code R__*.sql}); all take these columns.
 *
 * <p>Before the call the batch is made shorter with the same outcome, since each statement the
 * function runs costs more than everything else a batch does: a todo's amends join its first
 * amend since it was last added, completed or abandoned (only those events of the todo read or
 * drop its fields, and no event of another todo reads them), and a projection that keeps no list
 * order is not sent moves at all.
 */
final class TodoBatch {
  private static final String CALL = """
      SELECT %s(?, ?::uuid[], ?, ?, ?::timestamptz[], ?, ?, ?, ?, ?, ?::timestamptz[])""";

  private TodoBatch() {}

  /**
   * Calls {@code function} with the changes {@code events} make; events that change no todo are
   * left out, and so are moves unless {@code listOrder} (the projection keeps the list's order).
   */
  static void apply(Connection transaction, String function, List<StoredEvent> events, boolean listOrder)
      throws SQLException {
    List<TodoChange> changes = changes(events, listOrder);
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

  private static List<TodoChange> changes(List<StoredEvent> events, boolean listOrder) {
    List<TodoChange> changes = new ArrayList<>(events.size());
    Map<UUID, Integer> openAmends = new HashMap<>();
    for (StoredEvent event : events) {
      TodoChange change = TodoChange.of(event.aggregateId(), TodoEventTypes.registry().toEvent(event));
      if (change == null || (change.kind().equals("moved_up") && !listOrder)) continue;
      if (change.kind().equals("amended")) {
        Integer open = openAmends.putIfAbsent(change.todoId(), changes.size());
        if (open != null) {
          changes.set(open, changes.get(open).then(change));
          continue;
        }
      } else if (!change.kind().equals("moved_up")) {
        openAmends.remove(change.todoId());
      }
      changes.add(change);
    }
    return changes;
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
