package dev.estodo.eventsourcing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * A page of one stream read from a server-side cursor: PostgreSQL's driver fetches a batch of rows
 * at a time only inside a transaction with a fetch size, else it reads the whole result first.
 */
final class StreamCursor {
  private static final int FETCH_SIZE = 256;
  private static final String READ_PAGE = "SELECT " + PostgresEventStore.COLUMNS + """

      FROM events WHERE aggregate_id = ? ORDER BY version
      LIMIT ? OFFSET ?""";

  private StreamCursor() {}

  static void read(DataSource dataSource, UUID aggregateId, long offset, long limit, Consumer<StoredEvent> reader) {
    if (offset < 0 || limit < 0) throw new IllegalArgumentException("offset " + offset + " and limit " + limit + " must be >= 0");
    // On a failure the pool rolls the transaction back as it takes the connection back; a rollback
    // here would fail too on a broken connection and hide the cause (an unavailable database, say).
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      connection.setReadOnly(true);
      try (PreparedStatement statement = page(connection, aggregateId, offset, limit);
          ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          reader.accept(StoredEventRows.read(rows));
        }
      }
      connection.rollback();
    } catch (SQLException e) {
      throw SqlErrors.translate(e, aggregateId, null);
    }
  }

  private static PreparedStatement page(Connection connection, UUID aggregateId, long offset, long limit)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(READ_PAGE);
    statement.setFetchSize(FETCH_SIZE);
    statement.setObject(1, aggregateId);
    statement.setLong(2, limit);
    statement.setLong(3, offset);
    return statement;
  }
}
