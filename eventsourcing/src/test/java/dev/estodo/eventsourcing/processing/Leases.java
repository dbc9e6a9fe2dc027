package dev.estodo.eventsourcing.processing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** The lease rows as a test sees them, and a takeover faked by another instance that holds a lease for a while. */
final class Leases {
  private static final String TOKEN = "SELECT token FROM processor_leases WHERE processor = ?";
  private static final String FREE = "SELECT expires_at <= clock_timestamp() FROM processor_leases WHERE processor = ?";
  private static final String TAKEN_ELSEWHERE = """
      UPDATE processor_leases
      SET token = token + 1, owner = 'a standby elsewhere', expires_at = clock_timestamp() + ? * interval '1 millisecond'
      WHERE processor = ?""";

  private Leases() {}

  /** The current token of {@code processor}'s lease; 0 when nobody ever took it. */
  static long token(DataSource dataSource, String processor) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(TOKEN)) {
      statement.setString(1, processor);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? rows.getLong(1) : 0;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** True when {@code processor}'s lease has expired or was given up: a standby may take it now. */
  static boolean free(DataSource dataSource, String processor) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(FREE)) {
      statement.setString(1, processor);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() && rows.getBoolean(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** As if a standby elsewhere had taken the lease (the token moves on) and holds it for {@code millis}. */
  static void takenElsewhere(DataSource dataSource, String processor, long millis) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(TAKEN_ELSEWHERE)) {
      statement.setLong(1, millis);
      statement.setString(2, processor);
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
