package dev.estodo.todo.cli;

import dev.estodo.todo.Application;
import dev.estodo.todo.DatabaseSettings;
import dev.estodo.todo.WebLimits;
import dev.estodo.todo.database.Database;

/** The application on the configured database, for the commands that need one (the servers, rebuild). */
final class OpenedApplication {
  private OpenedApplication() {}

  /** {@link #open(DatabaseSettings, int)} for the commands that answer no queries (rebuild, parked, retry...). */
  static Application open(DatabaseSettings settings) {
    return open(settings, WebLimits.DEFAULT_MAX_WAITS);
  }

  /**
   * Connects, applies the store's and the app's migrations, and prints where the data is; at most
   * {@code maxWaits} queries wait for a position at once. A database that cannot be reached is the
   * user's to fix: say so in one line, naming the settings, no stack trace.
   */
  static Application open(DatabaseSettings settings, int maxWaits) {
    try {
      return openOrThrow(settings, maxWaits);
    } catch (RuntimeException e) {
      String setting = settings.url().isEmpty() ? "ESTODO_DATA_DIR and ESTODO_DATA_PORT" : "DATABASE_URL";
      throw new CliException("cannot open the database (check " + setting + "): " + rootCause(e));
    }
  }

  private static Application openOrThrow(DatabaseSettings settings, int maxWaits) {
    Database database = Database.open(settings.url().orElse(null), settings.dataDirectory(),
        settings.dataPort().orElse(null), new Database.Sizes(settings.poolSize(), settings.processorPoolSize()));
    System.out.println("estodo database: " + database.description());
    try {
      return Application.on(database.dataSource(), database.processing(), database::close,
          new Application.Limits(maxWaits, settings.appendBatch()));
    } catch (RuntimeException e) {
      database.close(); // a start whose migrations fail leaves no embedded PostgreSQL running
      throw e;
    }
  }

  private static String rootCause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root.getMessage() + ")";
  }
}
