package dev.estodo.todo.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The lease tables as issue 11's shared schema has them, created by the tests only: their
 * migration (V4) belongs to the lease work and lands on its own branch, and /health reads them.
 */
final class LeaseTables {
  private static final String LEASES = """
      CREATE TABLE processor_leases (processor text PRIMARY KEY, token bigint NOT NULL, owner text NOT NULL,
        owner_host text NOT NULL, owner_pid integer NOT NULL, acquired_at timestamptz NOT NULL,
        renewed_at timestamptz NOT NULL, expires_at timestamptz NOT NULL)""";
  private static final String INSTANCES = """
      CREATE TABLE processor_instances (processor text, instance text, host text NOT NULL, pid integer NOT NULL,
        seen_at timestamptz NOT NULL, PRIMARY KEY (processor, instance))""";

  private LeaseTables() {}

  /** Creates them in {@code dataSource}'s database, unless they are there already (the lease branch merged). */
  static void create(DataSource dataSource) throws SQLException {
    execute(dataSource, "DO $$ BEGIN IF to_regclass('processor_leases') IS NULL THEN EXECUTE $schema$" + LEASES
        + "$schema$; EXECUTE $schema$" + INSTANCES + "$schema$; END IF; END $$");
  }

  static void execute(DataSource dataSource, String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
