package dev.estodo.todo;

import dev.estodo.todo.database.DatabaseUrl;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which PostgreSQL to use and how many connections to keep: the server {@code DATABASE_URL} names,
 * or else the embedded one keeping its data in {@code ESTODO_DATA_DIR}, on port {@code
 * ESTODO_DATA_PORT} (when empty: the one it last ran on).
 */
public record DatabaseSettings(Optional<DatabaseUrl> url, Path dataDirectory, Optional<Integer> dataPort, int poolSize) {
  /** Connections in the pool: room for the processors' lock connection, their batches and the requests. */
  public static final int DEFAULT_POOL_SIZE = 24;
  /** The embedded data directory, under the home directory. */
  public static final String DEFAULT_DATA_DIR = ".estodo/postgres";

  /**
   * Reads {@code DATABASE_URL}, {@code ESTODO_DATA_DIR}, {@code ESTODO_DATA_PORT} and {@code
   * ESTODO_POOL_SIZE}, naming any that is wrong.
   */
  public static DatabaseSettings from(Environment environment) {
    // two: the processors hold one connection for their locks and need another for a batch
    int poolSize = environment.number("ESTODO_POOL_SIZE", 2, 1000, DEFAULT_POOL_SIZE);
    Optional<Integer> dataPort = environment.text("ESTODO_DATA_PORT")
        .map(given -> environment.number("ESTODO_DATA_PORT", 1, 65535, 0));
    return new DatabaseSettings(environment.text("DATABASE_URL").map(DatabaseUrl::parse),
        environment.path("ESTODO_DATA_DIR", DEFAULT_DATA_DIR), dataPort, poolSize);
  }
}
