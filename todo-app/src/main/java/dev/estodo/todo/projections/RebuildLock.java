package dev.estodo.todo.projections;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One online rebuild at a time, since they share the shadow schema: a session-level advisory lock,
 * which PostgreSQL releases by itself when the session ends, so a crashed rebuild never blocks the next.
 */
final class RebuildLock implements AutoCloseable {
  private static final String TAKE = "SELECT pg_try_advisory_lock(hashtext('estodo_shadow'))";
  private static final String RELEASE = "SELECT pg_advisory_unlock(hashtext('estodo_shadow'))";

  private final Connection session;

  private RebuildLock(Connection session) {
    this.session = session;
  }

  /** The lock, held by {@code session}; fails at once, saying so, when another rebuild holds it. */
  static RebuildLock take(Connection session) throws SQLException {
    if (!run(session, TAKE)) throw new IllegalStateException("another online rebuild is running");
    return new RebuildLock(session);
  }

  @Override
  public void close() throws SQLException {
    if (!session.isClosed()) {
      session.setAutoCommit(true);
      run(session, RELEASE);
    }
  }

  private static boolean run(Connection session, String sql) throws SQLException {
    try (PreparedStatement statement = session.prepareStatement(sql); ResultSet row = statement.executeQuery()) {
      row.next();
      return row.getBoolean(1);
    }
  }
}
