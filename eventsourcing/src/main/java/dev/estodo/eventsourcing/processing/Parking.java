package dev.estodo.eventsourcing.processing;

import dev.estodo.eventsourcing.Checkpoint;
import dev.estodo.eventsourcing.EventStoreException;
import dev.estodo.eventsourcing.StoredEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A reactor's parked aggregates as one batch sees them, and parking an event in the transaction
 * that moves the checkpoint past it: the event is parked or still ahead, never lost in between.
 */
final class Parking {
  private static final String FIRST_PARKED = """
      SELECT aggregate_id, min(position) FROM parked_events WHERE processor = ? GROUP BY aggregate_id""";

  private final DataSource dataSource;
  private final String processor;
  private final Duration leaseDuration;
  private final Map<UUID, Long> firstParked;

  private Parking(DataSource dataSource, String processor, Duration leaseDuration, Map<UUID, Long> firstParked) {
    this.dataSource = dataSource;
    this.processor = processor;
    this.leaseDuration = leaseDuration;
    this.firstParked = firstParked;
  }

  /** What {@code processor} has parked now: read once per batch, since only its active instance parks. */
  static Parking load(DataSource dataSource, String processor, Duration leaseDuration) {
    Map<UUID, Long> firstParked = new HashMap<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(FIRST_PARKED)) {
      statement.setString(1, processor);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          firstParked.put(rows.getObject(1, UUID.class), rows.getLong(2));
        }
      }
    } catch (SQLException e) {
      throw EventStoreException.from(e);
    }
    return new Parking(dataSource, processor, leaseDuration, firstParked);
  }

  /**
   * The position of the parked event that {@code event} must wait behind, or null. A replay (a
   * reset reactor) reaches earlier events of a parked aggregate, which go on as usual.
   */
  Long blocker(StoredEvent event) {
    Long first = firstParked.get(event.aggregateId());
    return first != null && first <= event.position() ? first : null;
  }

  /**
   * Parks {@code event} (with {@code error}, after {@code attempts}, {@code behind} the event it waits
   * for or null) and moves the checkpoint from {@code from} past it, in one transaction that commits
   * only while {@code lease}'s token is current.
   */
  Checkpoint park(Lease lease, StoredEvent event, String error, int attempts, Long behind, Checkpoint from)
      throws CheckpointMoved {
    FencedTransactions.advance(dataSource, lease, leaseDuration, false, processor, from, event.checkpoint(),
        transaction -> {
          ParkedRows.park(transaction, processor, event, error, attempts, behind);
          return null;
        });
    firstParked.putIfAbsent(event.aggregateId(), event.position());
    return event.checkpoint();
  }
}
