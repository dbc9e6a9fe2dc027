package dev.estodo.todo.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL behind a data directory, shared by every estodo process that opens it (a
 * separate {@code web} and {@code processors}, say). It runs while any of them uses it: the first
 * to open the directory starts it, the last to close it stops it, whichever processes those are.
 * Every process using it looks once a second whether it still runs; the first to find it gone
 * (killed, crashed) starts it again on the port it ran on, so everyone's pools reconnect by
 * themselves. Who starts or stops it is decided under {@link DirectoryUsers}' locks, so two
 * processes never race to.
 */
final class EmbeddedServer implements AutoCloseable {
  private static final Duration WATCH_INTERVAL = Duration.ofSeconds(1);
  private static final Logger logger = LoggerFactory.getLogger(EmbeddedServer.class);

  private final Path dataDirectory;
  private final DirectoryUsers users;
  private final ServerLog log;
  private final int port;
  private final Thread watch;
  private boolean closed;
  private boolean restartFailing;

  private EmbeddedServer(Path dataDirectory, DirectoryUsers users, ServerLog log, int port) {
    this.dataDirectory = dataDirectory;
    this.users = users;
    this.log = log;
    this.port = port;
    this.watch = new Thread(this::watch, "estodo-embedded-postgres");
    watch.setDaemon(true);
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
    EmbeddedServer server = new EmbeddedServer(directory, users, log, running);
    server.watch.start();
    return server;
  }

  private void watch() {
    try {
      while (true) {
        Thread.sleep(WATCH_INTERVAL.toMillis());
        keepRunning();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  // Under this object's lock, so a close (which may stop the server) never runs beside a restart. A
  // failure, even reading postmaster.pid, is logged and retried: the watch must outlive it.
  private synchronized void keepRunning() {
    if (closed) return;
    try {
      boolean running = Postmaster.in(dataDirectory).isPresent();
      if (!running && users.whileChanging(this::startedAgain)) {
        logger.warn("The embedded PostgreSQL in {} was gone; started it again on port {}", dataDirectory, port);
      }
      restartFailing = false;
    } catch (RuntimeException e) {
      if (!restartFailing) {
        logger.warn("The embedded PostgreSQL in {} is gone and does not start again on port {}; retrying "
            + "every {} s: {}", dataDirectory, port, WATCH_INTERVAL.toSeconds(), e.getMessage());
      }
      restartFailing = true;
    }
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

  /** Starts the server again unless another process did first; says whether this one did. */
  private boolean startedAgain() {
    if (Postmaster.in(dataDirectory).isPresent()) return false;
    PostmasterStart.start(dataDirectory, port, log);
    return true;
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
    watch.interrupt();
    users.leave(() -> Postmaster.in(dataDirectory).ifPresent(postmaster -> postmaster.stop(dataDirectory, log)));
  }
}
