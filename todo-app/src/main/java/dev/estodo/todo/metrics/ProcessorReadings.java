package dev.estodo.todo.metrics;

import dev.estodo.eventsourcing.Checkpoint;
import dev.estodo.eventsourcing.processing.ProcessorCheckpoints;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** Where each processor stands, read from the database in one connection: one query per processor. */
final class ProcessorReadings {
  // Ages by the database's clock, as /health measures them; the oldest unprocessed event is the
  // first in read order after the checkpoint, which one index lookup finds.
  private static final String READING = """
      SELECT (SELECT coalesce(max(position), 0) FROM events),
        (SELECT coalesce(extract(epoch FROM clock_timestamp() - min(created_at)), 0) FROM (
           SELECT created_at FROM events WHERE (transaction_id, position) > (?::text::xid8, ?)
           ORDER BY transaction_id, position LIMIT 1) oldest),
        (SELECT count(*) FROM processor_leases WHERE processor = ? AND expires_at > clock_timestamp()),
        (SELECT count(*) FROM processor_instances i
         WHERE i.processor = ? AND i.seen_at > clock_timestamp() - ? * interval '1 millisecond'
           AND i.instance IS DISTINCT FROM (SELECT owner FROM processor_leases l
                                            WHERE l.processor = i.processor AND l.expires_at > clock_timestamp())),
        (SELECT count(*) FROM processor_failures WHERE processor = ?),
        (SELECT count(*) FROM parked_events WHERE processor = ?)""";

  /** One processor's figures; a reset checkpoint (a rebuild) is behind by the whole store. */
  record Reading(double lagEvents, double lagSeconds, double active, double standby, double failing, double parked) {
    static final Reading UNKNOWN = new Reading(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
  }

  private final DataSource dataSource;
  private final ProcessorCheckpoints checkpoints;
  private final Duration lease;

  ProcessorReadings(DataSource dataSource, ProcessorCheckpoints checkpoints, Duration lease) {
    this.dataSource = dataSource;
    this.checkpoints = checkpoints;
    this.lease = lease;
  }

  /** Each named processor's reading; throws when the database cannot be read. */
  Map<String, Reading> read(List<String> processors) throws SQLException {
    Map<String, Reading> readings = new HashMap<>();
    try (Connection connection = dataSource.getConnection()) {
      for (String name : processors) {
        readings.put(name, read(connection, name, checkpoints.of(name)));
      }
    }
    return readings;
  }

  private Reading read(Connection connection, String name, Checkpoint checkpoint) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(READING)) {
      statement.setString(1, Long.toString(checkpoint.transactionId()));
      statement.setLong(2, checkpoint.position());
      statement.setString(3, name);
      statement.setString(4, name);
      statement.setLong(5, lease.toMillis());
      statement.setString(6, name);
      statement.setString(7, name);
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        return new Reading(Math.max(0, row.getLong(1) - checkpoint.position()), row.getDouble(2), row.getLong(3),
            row.getLong(4), Math.min(1, row.getLong(5)), row.getLong(6));
      }
    }
  }
}
