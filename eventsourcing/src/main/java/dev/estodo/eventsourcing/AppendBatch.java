package dev.estodo.eventsourcing;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One call of the store's {@code append_batch_with_races} function: many appends in one autocommitted
 * statement, so one round trip, one transaction and one WAL flush for all of them.
 */
final class AppendBatch {
  private static final String APPEND = "SELECT append_number, last_position, found_version, lost_race FROM append_batch_with_races(?, ?, ?, ?, ?, ?, ?, ?)";

  /**
   * What became of one append: the position of its last event or, when null, the version found
   * instead and whether a concurrent append moved it there (see {@link ConcurrencyException#lostRace()}).
   */
  record Outcome(Long position, long foundVersion, boolean lostRace) {}

  private AppendBatch() {}

  /** Writes {@code batch} on {@code connection}, in autocommit, and returns each append's outcome in order. */
  static List<Outcome> call(Connection connection, List<PendingAppend> batch) throws SQLException {
    List<EventData> events = batch.stream().flatMap(append -> append.events().stream()).toList();
    try (PreparedStatement statement = connection.prepareStatement(APPEND)) {
      statement.setArray(1, array(connection, "uuid", batch, PendingAppend::aggregateId));
      statement.setArray(2, array(connection, "bigint", batch, PendingAppend::expectedVersion));
      statement.setArray(3, array(connection, "int4", batch, append -> append.events().size()));
      statement.setArray(4, array(connection, "uuid", events, EventData::id));
      statement.setArray(5, array(connection, "text", events, EventData::type));
      statement.setArray(6, array(connection, "text", events, event -> event.body().toString()));
      statement.setArray(7, array(connection, "uuid", events, EventData::correlationId));
      statement.setArray(8, array(connection, "uuid", events, EventData::causationId));
      return outcomes(statement, batch.size());
    }
  }

  private static List<Outcome> outcomes(PreparedStatement statement, int appends) throws SQLException {
    List<Outcome> outcomes = new ArrayList<>(appends);
    try (ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        if (rows.getInt(1) != outcomes.size() + 1) throw new SQLException("append_batch answered out of order");
        long position = rows.getLong(2);
        outcomes.add(new Outcome(rows.wasNull() ? null : position, rows.getLong(3), rows.getBoolean(4)));
      }
    }
    if (outcomes.size() != appends) throw new SQLException("append_batch answered " + outcomes.size() + " of " + appends);
    return outcomes;
  }

  private static <T> Array array(Connection connection, String type, List<T> items, Function<T, Object> part)
      throws SQLException {
    return connection.createArrayOf(type, items.stream().map(part).toArray());
  }
}
