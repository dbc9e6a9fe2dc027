package dev.estodo.todo.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The embedded PostgreSQL behind a data directory. The first process to open the directory starts
 * the server; later ones (a separate {@code web} and {@code processors}, say) find its port in
 * {@code postmaster.pid} and share it, so any number of processes can use one embedded database.
 * The embedded library turns fsync and synchronous commit off by default, for throwaway test
 * databases; ours keeps acknowledged commands, so it runs with PostgreSQL's own durable defaults.
 * It has no shutdown hook of its own: one running beside the application's would stop the
 * database while processors are still committing their last batch, so the owner closes it last.
 */
final class EmbeddedServer implements AutoCloseable {
  private final EmbeddedPostgres postgres;
  private final int port;

  private EmbeddedServer(EmbeddedPostgres postgres, int port) {
    this.postgres = postgres;
    this.port = port;
  }

  static EmbeddedServer startOrJoin(Path dataDirectory) {
    Integer running = runningPort(dataDirectory);
    if (running != null) return new EmbeddedServer(null, running);
    try {
      Files.createDirectories(dataDirectory);
      EmbeddedPostgres postgres = EmbeddedPostgres.builder()
          .setDataDirectory(dataDirectory)
          .setCleanDataDirectory(false)
          .setRegisterShutdownHook(false)
          .setServerConfig("fsync", "on")
          .setServerConfig("synchronous_commit", "on")
          .setServerConfig("full_page_writes", "on")
          .start();
      return new EmbeddedServer(postgres, postgres.getPort());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + dataDirectory
          + " (set ESTODO_DATA_DIR to another directory, or DATABASE_URL to a server)", e);
    }
  }

  /** The port in postmaster.pid (its fourth line) when a server there accepts connections. */
  private static Integer runningPort(Path dataDirectory) {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    try {
      List<String> lines = Files.exists(pidFile) ? Files.readAllLines(pidFile) : List.of();
      if (lines.size() < 4) return null;
      int port = Integer.parseInt(lines.get(3).trim());
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("localhost", port), 500);
      }
      return port;
    } catch (IOException | NumberFormatException e) {
      return null;
    }
  }

  String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + port + "/postgres";
  }

  @Override
  public void close() {
    if (postgres == null) return;
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stop the embedded PostgreSQL", e);
    }
  }
}
