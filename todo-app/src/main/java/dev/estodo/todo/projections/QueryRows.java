package dev.estodo.todo.projections;

import dev.estodo.eventsourcing.EventStoreException;
import dev.estodo.eventsourcing.EventStoreUnavailableException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Runs a query's SELECT and maps its rows; an unreachable database says so, so the web answers 503. */
public final class QueryRows {
  /** Maps the current row of a result set. */
  public interface Mapper<T> {
    T map(ResultSet row) throws SQLException;
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

  // The store's own reading of SQLSTATEs decides what counts as unavailable; anything else is a bug.
  private static RuntimeException failure(String sql, SQLException e) {
    EventStoreException failure = EventStoreException.from(e);
    if (failure instanceof EventStoreUnavailableException) return failure;
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    return new IllegalStateException("query failed (SQLSTATE " + state + "): " + sql, e);
  }
}
