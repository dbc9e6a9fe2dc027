package dev.estodo.eventsourcing.processing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.estodo.eventsourcing.EventData;
import dev.estodo.eventsourcing.EventStore;
import dev.estodo.eventsourcing.EventStoreException;
import dev.estodo.eventsourcing.StoredEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/** {@link Reactions} on the event store: causation ids link an emitted event to its cause. */
final class StoreReactions implements Reactions {
  private static final String CAUSED = """
      SELECT EXISTS (SELECT 1 FROM events WHERE causation_id = ? AND type = ?)""";

  private final DataSource dataSource;
  private final EventStore store;

  StoreReactions(DataSource dataSource, EventStore store) {
    this.dataSource = dataSource;
    this.store = store;
  }

  @Override
  public boolean alreadyCaused(StoredEvent cause, String type) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(CAUSED)) {
      statement.setObject(1, cause.id());
      statement.setString(2, type);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() && rows.getBoolean(1);
      }
    } catch (SQLException e) {
      throw EventStoreException.from(e);
    }
  }

  @Override
  public long emit(StoredEvent cause, String type, JsonNode body) {
    EventData event = new EventData(UUID.randomUUID(), type, body, cause.correlationId(), cause.id());
    return store.append(cause.aggregateId(), List.of(event));
  }
}
