package dev.estodo.eventsourcing.processing;

import dev.estodo.eventsourcing.StoredEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * A projector for tests: one row per event in a table named like it, numbered in the order it
 * applies them, with the instance that applied it. An event applied twice or out of order shows.
 * A hook runs before each event, to fail or hold it up.
 */
final class RowsProjector implements Projector {
  record Row(long seq, long position, String type, String instance) {}

  interface Hook {
    void before(StoredEvent event);
  }

  private final String name;
  private final String instance;
  private volatile Hook hook = event -> {};

  RowsProjector(String name, String instance) {
    this.name = name;
    this.instance = instance;
  }

  RowsProjector withHook(Hook hook) {
    this.hook = hook;
    return this;
  }

  /** What the application's migration would do: the projector's table. */
  static void createTable(DataSource dataSource, String name) throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE " + name + " (seq bigint NOT NULL, position bigint NOT NULL, type text NOT NULL, instance text NOT NULL)");
    }
  }

  static List<Row> rows(DataSource dataSource, String name) throws SQLException {
    List<Row> rows = new ArrayList<>();
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT seq, position, type, instance FROM " + name + " ORDER BY seq")) {
      while (result.next()) {
        rows.add(new Row(result.getLong(1), result.getLong(2), result.getString(3), result.getString(4)));
      }
    }
    return rows;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void project(Connection transaction, StoredEvent event) throws SQLException {
    hook.before(event);
    try (PreparedStatement statement = transaction.prepareStatement(
        "INSERT INTO " + name + " (seq, position, type, instance) SELECT coalesce(max(seq), 0) + 1, ?, ?, ? FROM " + name)) {
      statement.setLong(1, event.position());
      statement.setString(2, event.type());
      statement.setString(3, instance);
      statement.executeUpdate();
    }
  }

  @Override
  public void reset(Connection transaction) throws SQLException {
    try (Statement statement = transaction.createStatement()) {
      statement.execute("DELETE FROM " + name);
    }
  }
}
