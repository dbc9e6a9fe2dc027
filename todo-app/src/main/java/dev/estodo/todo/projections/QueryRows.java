package dev.estodo.todo.projections;

import dev.estodo.eventsourcing.EventStoreException;
import dev.estodo.eventsourcing.EventStoreUnavailableException;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Runs a query's SELECT and maps its rows; an unreachable database says so, so the web answers 503. */
public final class QueryRows {
  private static final int FETCH_SIZE = 256;

  /** Maps the current row of a result set. */
  public interface Mapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  /** Takes the rows a query streams, one at a time; may write them out as they come. */
  public interface Sink<T> {
    void accept(T row) throws IOException;
  }

  private QueryRows() {}

  /** Every row {@code sql} selects, mapped by {@code mapper}. */
  public static <T> List<T> list(DataSource dataSource, String sql, Mapper<T> mapper) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      List<T> result = new ArrayList<>();
      while (rows.next()) {
        result.add(mapper.map(rows));
      }
      return result;
    } catch (SQLException e) {
      throw failure(sql, e);
    }
  }

  /**
   * Passes each row {@code sql} selects with {@code parameters} to {@code sink} as a cursor fetches
   * them, a few hundred at a time, so a long answer is never held whole in memory.
   */
  public static <T> void stream(DataSource dataSource, String sql, List<Object> parameters, Mapper<T> mapper,
      Sink<T> sink) throws IOException {
    // PostgreSQL's driver honours the fetch size only inside a transaction. On a failure the pool
    // rolls it back; a rollback here would fail too on a broken connection and hide the cause.
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      connection.setReadOnly(true);
      try (PreparedStatement statement = prepare(connection, sql, parameters); ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          sink.accept(mapper.map(rows));
        }
      }
      connection.rollback();
    } catch (SQLException e) {
      throw failure(sql, e);
    }
  }

  private static PreparedStatement prepare(Connection connection, String sql, List<Object> parameters)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    statement.setFetchSize(FETCH_SIZE);
    for (int i = 0; i < parameters.size(); i++) {
      statement.setObject(i + 1, parameters.get(i));
    }
    return statement;
  }

  // The store's own reading of SQLSTATEs decides what counts as unavailable; anything else is a bug.
  private static RuntimeException failure(String sql, SQLException e) {
    EventStoreException failure = EventStoreException.from(e);
    if (failure instanceof EventStoreUnavailableException) return failure;
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    return new IllegalStateException("query failed (SQLSTATE " + state + "): " + sql, e);
  }
}
