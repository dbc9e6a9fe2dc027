package dev.estodo.todo.web;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

/**
 * The {@code idempotency_keys} table, always inside the caller's transaction. A key is taken with
 * a transaction-level advisory lock before its row is looked up: a second request with the same
 * key, while the first has not committed yet, finds it taken at once and answers 409 instead of
 * queueing behind it; once the first has committed, the second finds its row.
 */
final class IdempotencyKeys {
  private static final String TAKE = "SELECT pg_try_advisory_xact_lock(hashtextextended('estodo.idempotency-key:' || ?, 0))";
  private static final String FIND = "SELECT fingerprint, status, headers::text, body FROM idempotency_keys WHERE key = ?";
  private static final String INSERT = """
      INSERT INTO idempotency_keys (key, fingerprint, status, headers, body) VALUES (?, ?, ?, ?::jsonb, ?)""";
  // batched, so that a purge after a busy day never holds many row locks or one long transaction
  private static final String PURGE = """
      DELETE FROM idempotency_keys WHERE key IN (
        SELECT key FROM idempotency_keys WHERE created_at < now() - make_interval(secs => ?) LIMIT ?)""";

  /** A stored key: the fingerprint of the request that made it, and the answer it got. */
  record Entry(String fingerprint, StoredAnswer answer) {}

  private IdempotencyKeys() {}

  /** Takes {@code key} until the transaction ends; false when another transaction holds it. */
  static boolean take(Connection transaction, IdempotencyKey key) throws SQLException {
    try (PreparedStatement statement = transaction.prepareStatement(TAKE)) {
      statement.setString(1, key.value());
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() && rows.getBoolean(1);
      }
    }
  }

  static Optional<Entry> find(Connection transaction, IdempotencyKey key) throws SQLException {
    try (PreparedStatement statement = transaction.prepareStatement(FIND)) {
      statement.setString(1, key.value());
      try (ResultSet rows = statement.executeQuery()) {
        if (!rows.next()) return Optional.empty();
        var answer = new StoredAnswer(rows.getInt(2), StoredAnswer.headersFrom(rows.getString(3)), rows.getString(4));
        return Optional.of(new Entry(rows.getString(1), answer));
      }
    }
  }

  static void insert(Connection transaction, IdempotencyKey key, String fingerprint, StoredAnswer answer)
      throws SQLException {
    try (PreparedStatement statement = transaction.prepareStatement(INSERT)) {
      statement.setString(1, key.value());
      statement.setString(2, fingerprint);
      statement.setInt(3, answer.status());
      statement.setString(4, answer.headersJson());
      statement.setString(5, answer.body());
      statement.executeUpdate();
    }
  }

  /** Deletes up to {@code limit} keys older than {@code ttl}; returns how many it deleted. */
  static int purge(Connection connection, Duration ttl, int limit) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(PURGE)) {
      statement.setDouble(1, ttl.toMillis() / 1000.0);
      statement.setInt(2, limit);
      return statement.executeUpdate();
    }
  }
}
