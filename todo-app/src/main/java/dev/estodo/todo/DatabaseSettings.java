package dev.estodo.todo;

import dev.estodo.eventsourcing.PostgresEventStore;
import dev.estodo.todo.database.DatabaseUrl;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which PostgreSQL to use and how many connections to keep: the server {@code DATABASE_URL} names,
 * or else the embedded one keeping its data in {@code ESTODO_DATA_DIR}, on port {@code
 * ESTODO_DATA_PORT} (when empty: the one it last ran on); and how many appends one group commit
 * takes at most ({@code ESTODO_APPEND_BATCH}).
 */
public record DatabaseSettings(Optional<DatabaseUrl> url, Path dataDirectory, Optional<Integer> dataPort, int poolSize,
    int processorPoolSize, int appendBatch) {
  /** Connections for requests (and the notification threads): queries never take the processors' own. */
  public static final int DEFAULT_POOL_SIZE = 24;
  /** The processors' own connections: their lock connection, a batch for each of the four, and one spare. */
  public static final int DEFAULT_PROCESSOR_POOL_SIZE = 6;
  /** Appends written in one transaction at most: enough for every request of a busy pool at once. */
  public static final int DEFAULT_APPEND_BATCH = PostgresEventStore.DEFAULT_APPEND_BATCH;
  /** The embedded data directory, under the home directory. */
  public static final String DEFAULT_DATA_DIR = ".estodo/postgres";

  /**
   * Reads {@code DATABASE_URL}, {@code ESTODO_DATA_DIR}, {@code ESTODO_DATA_PORT}, {@code
   * ESTODO_POOL_SIZE}, {@code ESTODO_PROCESSOR_POOL_SIZE} and {@code ESTODO_APPEND_BATCH}, naming any
   * that is wrong.
   */
  public static DatabaseSettings from(Environment environment) {
    // two each: a listening connection and a request; the processors' lock connection and a batch
    int poolSize = environment.number("ESTODO_POOL_SIZE", 2, 1000, DEFAULT_POOL_SIZE);
    int processorPoolSize = environment.number("ESTODO_PROCESSOR_POOL_SIZE", 2, 1000, DEFAULT_PROCESSOR_POOL_SIZE);
    int appendBatch = environment.number("ESTODO_APPEND_BATCH", 1, 10_000, DEFAULT_APPEND_BATCH);
    Optional<Integer> dataPort = environment.text("ESTODO_DATA_PORT")
        .map(given -> environment.number("ESTODO_DATA_PORT", 1, 65535, 0));
    return new DatabaseSettings(environment.text("DATABASE_URL").map(DatabaseUrl::parse),
        environment.path("ESTODO_DATA_DIR", DEFAULT_DATA_DIR), dataPort, poolSize, processorPoolSize,
        appendBatch);
  }
}
