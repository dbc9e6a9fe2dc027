package dev.estodo.todo.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The embedded PostgreSQL behind a data directory, shared by every estodo process that opens it (a
 * separate {@code web} and {@code processors}, say). It runs while any of them uses it: the first
 * to open the directory starts it, the last to close it stops it, whichever processes those are.
 * One that finds it gone (killed, crashed) starts it again on the port it last ran on, so the
 * others' pools reconnect by themselves. Who starts or stops it is decided under
 * {@link DirectoryUsers}' locks, so two processes never race to.
 */
final class EmbeddedServer implements AutoCloseable {
  private final Path dataDirectory;
  private final DirectoryUsers users;
  private final ServerLog log;
  private final int port;
  private boolean closed;

  private EmbeddedServer(Path dataDirectory, DirectoryUsers users, ServerLog log, int port) {
    this.dataDirectory = dataDirectory;
    this.users = users;
    this.log = log;
    this.port = port;
  }

  /**
   * Joins the server running in {@code dataDirectory}, or starts it there: on {@code port} when
   * given (null: the port it last ran on, or a free one the first time).
   */
  static EmbeddedServer open(Path dataDirectory, Integer port) {
    Path directory = created(dataDirectory);
    ServerLog log = new ServerLog(beside(directory, ".log"));
    DirectoryUsers users = DirectoryUsers.of(beside(directory, ".lock"));
    int running = users.enter(() -> runningOrStarted(directory, port, log));
    return new EmbeddedServer(directory, users, log, running);
  }

  private static int runningOrStarted(Path directory, Integer setting, ServerLog log) {
    Optional<Postmaster> running = Postmaster.in(directory);
    if (running.isPresent()) return joined(directory, running.get(), setting);
    int port = DataPort.choose(directory, setting);
    PostmasterStart.start(directory, port, log);
    DataPort.remember(directory, port);
    return port;
  }

  private static int joined(Path directory, Postmaster running, Integer setting) {
    int port = running.port();
    if (!running.takesConnections()) {
      throw new IllegalStateException("PostgreSQL (PID " + running.process().pid() + ") runs in " + directory
          + " but takes no connections on port " + port + "; wait for it to start, or stop it");
    }
    if (setting == null || setting == port) return port;
    throw new IllegalArgumentException("ESTODO_DATA_PORT is " + setting + ", but the embedded PostgreSQL in "
        + directory + " already runs on port " + port + " for other estodo processes; stop them first to "
        + "move it, or leave ESTODO_DATA_PORT unset");
  }

  private static Path created(Path dataDirectory) {
    try {
      return Files.createDirectories(dataDirectory).toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the data directory " + dataDirectory, e);
    }
  }

  private static Path beside(Path directory, String suffix) {
    return directory.resolveSibling(directory.getFileName() + suffix);
  }

  String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + port + "/postgres";
  }

  /** Leaves the server; the last estodo process to leave stops it. */
  @Override
  public synchronized void close() {
    if (closed) return;
    closed = true;
    users.leave(() -> Postmaster.in(dataDirectory).ifPresent(postmaster -> postmaster.stop(dataDirectory, log)));
  }
}
