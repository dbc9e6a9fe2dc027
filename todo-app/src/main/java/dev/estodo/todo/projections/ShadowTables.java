package dev.estodo.todo.projections;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The schema {@code estodo_shadow}, where an online rebuild builds a projection's tables afresh: the
 * same names and definitions as the live tables (indexes, constraints and identities included), so
 * the projection's own functions fill them once the search path puts the schema first.
 */
final class ShadowTables {
  static final String SCHEMA = "estodo_shadow";
  /** How long the swap waits for the queries reading the live tables before it gives up. */
  static final String SWAP_WAIT = "10s";
  private static final String LIVE_SCHEMA = """
      SELECT n.nspname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = to_regclass(?)""";
  // Local to the transaction: the connection goes back to the pool with its search path unchanged.
  private static final String ENTER = """
      SELECT set_config('search_path', 'estodo_shadow, ' || current_setting('search_path'), true)""";

  // Pairs of (shadow name, live name) of the constraints, and of the indexes no constraint owns,
  // that have the same definition; LIKE names them afresh, and later migrations use the live names.
  private static final String CONSTRAINT_NAMES = """
      SELECT s.conname, l.conname FROM pg_constraint l JOIN pg_constraint s
        ON pg_get_constraintdef(s.oid) = pg_get_constraintdef(l.oid)
      WHERE l.conrelid = ?::regclass AND s.conrelid = ?::regclass AND s.conname <> l.conname""";
  private static final String INDEX_NAMES = """
      WITH named AS (
        SELECT i.indrelid, c.relname, regexp_replace(pg_get_indexdef(i.indexrelid), '^.* USING ', '') AS definition
        FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
        WHERE NOT EXISTS (SELECT FROM pg_constraint WHERE conindid = i.indexrelid))
      SELECT s.relname, l.relname FROM named l JOIN named s USING (definition)
      WHERE l.indrelid = ?::regclass AND s.indrelid = ?::regclass AND s.relname <> l.relname""";

  private ShadowTables() {}

  /** The schema the live {@code table} is in, as the connection's search path finds it. */
  static String liveSchema(Connection connection, String table) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(LIVE_SCHEMA)) {
      statement.setString(1, table);
      try (ResultSet row = statement.executeQuery()) {
        if (!row.next()) throw new IllegalStateException("table " + table + " does not exist");
        return row.getString(1);
      }
    }
  }

  /** Drops what a crashed rebuild left and makes empty copies of the live {@code tables}. */
  static void create(Connection connection, String liveSchema, List<String> tables) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
      statement.execute("CREATE SCHEMA " + SCHEMA);
      for (String table : tables) {
        statement.execute("CREATE TABLE " + SCHEMA + "." + table + " (LIKE " + qualified(liveSchema, table)
            + " INCLUDING ALL)");
        rename(connection, CONSTRAINT_NAMES, liveSchema, table, "ALTER TABLE " + SCHEMA + "." + table
            + " RENAME CONSTRAINT %s TO %s");
        rename(connection, INDEX_NAMES, liveSchema, table, "ALTER INDEX " + SCHEMA + ".%s RENAME TO %s");
      }
    }
  }

  private static void rename(Connection connection, String pairs, String liveSchema, String table, String alter)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(pairs); Statement renames = connection.createStatement()) {
      statement.setString(1, qualified(liveSchema, table));
      statement.setString(2, SCHEMA + "." + table);
      try (ResultSet names = statement.executeQuery()) {
        while (names.next()) {
          renames.execute(alter.formatted(quoted(names.getString(1)), quoted(names.getString(2))));
        }
      }
    }
  }

  /** Points the unqualified table names of {@code transaction} at the shadow tables until it ends. */
  static void enter(Connection transaction) throws SQLException {
    try (PreparedStatement statement = transaction.prepareStatement(ENTER)) {
      statement.execute();
    }
  }

  /**
   * Puts the shadow tables in the live ones' place within {@code transaction}: waits for the queries
   * reading the live tables, drops them and moves the shadow tables (with their sequences) in. A
   * query that waited reads the new table, so none sees an empty or half-built list. Waiting longer
   * than {@link #SWAP_WAIT} fails with SQLSTATE 55P03 (lock_not_available).
   */
  static void swap(Connection transaction, String liveSchema, List<String> tables) throws SQLException {
    try (Statement statement = transaction.createStatement()) {
      // Queries arriving meanwhile queue behind the waiting lock: a query that never ends (a slow
      // client's stream) must fail the swap rather than hold every list up.
      statement.execute("SET LOCAL lock_timeout = '" + SWAP_WAIT + "'");
      for (String table : tables) {
        statement.execute("LOCK TABLE " + qualified(liveSchema, table) + " IN ACCESS EXCLUSIVE MODE");
      }
      for (String table : tables) {
        statement.execute("DROP TABLE " + qualified(liveSchema, table));
        statement.execute("ALTER TABLE " + SCHEMA + "." + table + " SET SCHEMA " + quoted(liveSchema));
      }
    }
  }

  /** Drops the shadow schema and whatever is left in it. */
  static void drop(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }
  }

  static String qualified(String schema, String table) {
    return quoted(schema) + "." + table;
  }

  private static String quoted(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }
}
