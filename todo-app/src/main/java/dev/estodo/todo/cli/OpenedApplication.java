package dev.estodo.todo.cli;

import dev.estodo.todo.Application;
import dev.estodo.todo.DatabaseSettings;

/** The application on the configured database, for the commands that need one (the servers, rebuild). */
final class OpenedApplication {
  private OpenedApplication() {}

  /** A database that cannot be reached is the user's to fix: say so in one line, naming the settings, no stack trace. */
  static Application open(DatabaseSettings settings) {
    try {
      return Application.open(settings);
    } catch (RuntimeException e) {
      String setting = settings.url().isEmpty() ? "ESTODO_DATA_DIR and ESTODO_DATA_PORT" : "DATABASE_URL";
      throw new CliException("cannot open the database (check " + setting + "): " + rootCause(e));
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
