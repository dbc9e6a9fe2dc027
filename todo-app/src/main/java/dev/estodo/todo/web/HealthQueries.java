package dev.estodo.todo.web;

import dev.estodo.eventsourcing.Checkpoint;
import dev.estodo.todo.web.HealthReport.Active;
import dev.estodo.todo.web.HealthReport.Failing;
import dev.estodo.todo.web.HealthReport.Transaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;

/** The SQL behind {@code /health}, on one connection; every age is measured by the database's clock. */
final class HealthQueries {
  static final int LAG_LIMIT = 10_000;
  private static final String LAG = """
      SELECT count(*), coalesce(extract(epoch FROM clock_timestamp() - min(created_at)), 0)
      FROM (SELECT created_at FROM events WHERE (transaction_id, position) > (?::text::xid8, ?)
            ORDER BY transaction_id, position LIMIT""" + " " + LAG_LIMIT + ") unprocessed";
  private static final String LEASE = """
      SELECT owner, owner_host, owner_pid, acquired_at, renewed_at, expires_at > clock_timestamp(),
             extract(epoch FROM clock_timestamp() - renewed_at)
      FROM processor_leases WHERE processor = ?""";
  private static final String STANDBYS = """
      SELECT count(*) FROM processor_instances i
      WHERE i.processor = ? AND i.seen_at > clock_timestamp() - ? * interval '1 millisecond'
        AND i.instance IS DISTINCT FROM (SELECT owner FROM processor_leases l
                                         WHERE l.processor = i.processor AND l.expires_at > clock_timestamp())""";
  private static final String FAILING = """
      SELECT failing_since, extract(epoch FROM clock_timestamp() - failing_since), position, event_type, error, attempts
      FROM processor_failures WHERE processor = ?""";
  private static final String PARKED = "SELECT count(*) FROM parked_events WHERE processor = ?";
  // The first event a follower cannot read yet: its transaction id is not below every running one's.
  private static final String WAITING = """
      SELECT extract(epoch FROM clock_timestamp() - created_at) FROM events
      WHERE transaction_id >= pg_snapshot_xmin(pg_current_snapshot()) ORDER BY transaction_id, position LIMIT 1""";
  private static final String OLDEST_TRANSACTION = """
      SELECT pid, database, state, prepared, extract(epoch FROM clock_timestamp() - started) FROM (
        SELECT pid, datname AS database, state, NULL AS prepared, xact_start AS started, age(backend_xid) AS xid_age
        FROM pg_stat_activity WHERE backend_xid IS NOT NULL
        UNION ALL
        SELECT NULL, database, 'prepared', gid, prepared, age(transaction) FROM pg_prepared_xacts) holding
      ORDER BY xid_age DESC LIMIT 1""";

  /** A processor's lag: unprocessed events (at most {@link #LAG_LIMIT}) and the oldest one's age. */
  record Lag(long events, double seconds) {}

  /** The lease row: who holds it, whether it is still live, and how long since it was renewed. */
  record Lease(Active holder, boolean live, double sinceRenewal) {}

  private final Connection connection;

  HealthQueries(Connection connection) {
    this.connection = connection;
  }

  Lag lag(Checkpoint checkpoint) throws SQLException {
    try (PreparedStatement statement = prepare(LAG, Long.toString(checkpoint.transactionId()), checkpoint.position());
        ResultSet row = single(statement)) {
      return new Lag(row.getLong(1), row.getDouble(2));
    }
  }

  Lease lease(String processor) throws SQLException {
    try (PreparedStatement statement = prepare(LEASE, processor); ResultSet row = statement.executeQuery()) {
      if (!row.next()) return null;
      Active holder = new Active(row.getString(1), row.getString(2), row.getInt(3), text(row.getTimestamp(4)),
          text(row.getTimestamp(5)));
      return new Lease(holder, row.getBoolean(6), row.getDouble(7));
    }
  }

  int standbys(String processor, Duration lease) throws SQLException {
    try (PreparedStatement statement = prepare(STANDBYS, processor, lease.toMillis()); ResultSet row = single(statement)) {
      return row.getInt(1);
    }
  }

  Failing failing(String processor) throws SQLException {
    try (PreparedStatement statement = prepare(FAILING, processor); ResultSet row = statement.executeQuery()) {
      if (!row.next()) return null;
      return new Failing(text(row.getTimestamp(1)), row.getDouble(2), row.getObject(3, Long.class), row.getString(4),
          row.getString(5), row.getInt(6));
    }
  }

  long parked(String processor) throws SQLException {
    try (PreparedStatement statement = prepare(PARKED, processor); ResultSet row = single(statement)) {
      return row.getLong(1);
    }
  }

  /** How long the first event followers cannot read yet has waited, or null when none waits. */
  Double waitingSeconds() throws SQLException {
    try (PreparedStatement statement = prepare(WAITING); ResultSet row = statement.executeQuery()) {
      return row.next() ? row.getDouble(1) : null;
    }
  }

  /** The oldest transaction holding a transaction id on the whole server, or null. */
  Transaction oldestTransaction() throws SQLException {
    try (PreparedStatement statement = prepare(OLDEST_TRANSACTION); ResultSet row = statement.executeQuery()) {
      if (!row.next()) return null;
      return new Transaction(row.getObject(1, Integer.class), row.getString(2), row.getString(3), row.getString(4),
          row.getDouble(5));
    }
  }

  private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
    return statement;
  }

  private static ResultSet single(PreparedStatement statement) throws SQLException {
    ResultSet row = statement.executeQuery();
    row.next();
    return row;
  }

  private static String text(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant().toString();
  }
}
