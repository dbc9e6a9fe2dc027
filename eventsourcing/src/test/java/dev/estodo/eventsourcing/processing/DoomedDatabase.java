package dev.estodo.eventsourcing.processing;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Connections, without a pool, for a runner whose process is about to die: {@link #die()} ends its
 * sessions and points it at a database that does not exist, so it never reconnects.
 */
final class DoomedDatabase {
  private static final String TERMINATE = "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ?";

  final PGSimpleDataSource dataSource = new PGSimpleDataSource();
  private final HikariDataSource survivor;

  /** Connects as {@code survivor} does, under an application name of its own. */
  DoomedDatabase(HikariDataSource survivor) {
    this.survivor = survivor;
    dataSource.setUrl(survivor.getJdbcUrl());
    dataSource.setUser(survivor.getUsername());
    dataSource.setPassword(survivor.getPassword());
    dataSource.setApplicationName("doomed");
  }

  /** Ends every session of the doomed runner, as its process's death would. */
  void die() throws SQLException {
    dataSource.setDatabaseName("estodo_gone");
    try (Connection connection = survivor.getConnection(); PreparedStatement statement = connection.prepareStatement(TERMINATE)) {
      statement.setString(1, "doomed");
      statement.execute();
    }
  }
}
