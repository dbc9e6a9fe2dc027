package dev.estodo.todo.cli;

import dev.estodo.todo.DatabaseSettings;
import picocli.CommandLine.Option;

/** The database options of every command that opens the database: serve, web, processors, rebuild. */
final class DatabaseOptions {
  @Option(names = "--database-url", paramLabel = "URL",
      description = "DATABASE_URL: postgres://user:pass@host:port/db or jdbc:postgresql://... "
          + "(default: an embedded PostgreSQL)")
  String databaseUrl;

  @Option(names = "--data-dir", paramLabel = "DIR",
      description = "ESTODO_DATA_DIR: the embedded PostgreSQL's data "
          + "(default: ~/" + DatabaseSettings.DEFAULT_DATA_DIR + ", ~ being $HOME)")
  String dataDirectory;

  @Option(names = "--data-port", paramLabel = "PORT",
      description = "ESTODO_DATA_PORT: the embedded PostgreSQL's port, 1 to 65535 "
          + "(default: the port it last ran on, a free one the first time)")
  String dataPort;

  @Option(names = "--pool-size", paramLabel = "N",
      description = "ESTODO_POOL_SIZE: database connections for requests, 2 to 1000 "
          + "(default: " + DatabaseSettings.DEFAULT_POOL_SIZE + ")")
  String poolSize;

  @Option(names = "--processor-pool-size", paramLabel = "N",
      description = "ESTODO_PROCESSOR_POOL_SIZE: the processors' own database connections, 2 to 1000 "
          + "(default: " + DatabaseSettings.DEFAULT_PROCESSOR_POOL_SIZE + ")")
  String processorPoolSize;

  @Option(names = "--append-batch", paramLabel = "N",
      description = "ESTODO_APPEND_BATCH: appends written together in one transaction at most (group commit), "
          + "1 to 10000, 1 for none (default: " + DatabaseSettings.DEFAULT_APPEND_BATCH + ")")
  String appendBatch;

  /** The settings, flags over environment; a wrong value fails naming the setting. */
  DatabaseSettings settings() {
    return DatabaseSettings.from(Flags.overEnvironment(
        "DATABASE_URL", databaseUrl, "ESTODO_DATA_DIR", dataDirectory, "ESTODO_DATA_PORT", dataPort,
        "ESTODO_POOL_SIZE", poolSize, "ESTODO_PROCESSOR_POOL_SIZE", processorPoolSize,
        "ESTODO_APPEND_BATCH", appendBatch));
  }
}
