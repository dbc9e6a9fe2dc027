package dev.estodo.todo.web;

import dev.estodo.eventsourcing.EventStoreException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Runs work in one transaction on a pooled connection: committed when it returns, rolled back when it throws. */
final class Transactions {
  /** Work done inside a transaction. */
  interface Work<T> {
    T run(Connection transaction) throws SQLException;
  }

  private final DataSource dataSource;

  Transactions(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  <T> T run(Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      T result = runAndCommit(connection, work);
      connection.setAutoCommit(true);
      return result;
    } catch (SQLException e) {
      throw EventStoreException.from(e);
    }
  }

  private static <T> T runAndCommit(Connection connection, Work<T> work) throws SQLException {
    try {
      T result = work.run(connection);
      connection.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      rollback(connection, e);
      throw e;
    }
  }

  private static void rollback(Connection connection, Exception cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e); // the connection broke; PostgreSQL ends the transaction itself
    }
  }
}
