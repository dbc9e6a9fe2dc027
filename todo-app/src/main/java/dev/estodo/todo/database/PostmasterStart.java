package dev.estodo.todo.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Starts PostgreSQL in a data directory on a given port (creating the cluster there first if it is
 * empty), and says why when it cannot, leaving nothing running. The embedded library turns fsync
 * and synchronous commit off by default, for throwaway test databases; ours keeps acknowledged
 * commands, so it runs with PostgreSQL's own durable defaults. It listens on TCP only: a Unix
 * socket's lock file in /tmp would outlive a killed server and block its restart. Crash recovery
 * after a kill can take a while, hence the long wait for the server to answer.
 */
final class PostmasterStart {
  private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

  private PostmasterStart() {}

  static void start(Path directory, int port, ServerLog log) {
    long mark = log.end();
    try {
      ensureFree(port);
      Postmaster.removeStalePidFile(directory);
      // The library locks this file for as long as the process that started a server lives, even
      // after that server died; DirectoryUsers keeps starts apart, so a leftover would only block one.
      Files.deleteIfExists(directory.resolve("epg-lock"));
      awaitStarted(directory, port, log);
    } catch (IOException | RuntimeException e) {
      IllegalStateException failure = new IllegalStateException("cannot start the embedded PostgreSQL in "
          + directory + " on port " + port + ": " + (e instanceof PortTakenException ? e.getMessage() : log.since(mark)), e);
      stopHalfStarted(directory, log, failure);
      throw failure;
    }
  }

  /**
   * The library waits for the server to answer rather than for pg_ctl to fail, so a port that some
   * other program holds is found here, at once, instead of after the whole wait.
   */
  private static void ensureFree(int port) {
    try (ServerSocket probe = new ServerSocket()) {
      probe.setReuseAddress(true);
      probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
    } catch (IOException e) {
      throw new PortTakenException("another program listens on port " + port + " (" + e.getMessage()
          + "); set ESTODO_DATA_PORT to another port");
    }
  }

  /**
   * Runs the library's start, but gives up as soon as its pg_ctl has exited with no server running
   * in the directory (a server that failed at once), rather than after the library's whole wait.
   * pg_ctl looks at the server every 100 ms, so a poll every 20 ms sees it before it exits.
   */
  private static void awaitStarted(Path directory, int port, ServerLog log) throws IOException {
    FutureTask<EmbeddedPostgres> start = new FutureTask<>(() -> started(directory, port, log));
    Thread starting = new Thread(start, "estodo-postgres-start");
    starting.setDaemon(true);
    starting.start();
    Optional<ProcessHandle> pgCtl = Optional.empty();
    while (!finished(start)) {
      pgCtl = pgCtl.or(() -> pgCtlOf(directory));
      if (pgCtl.isPresent() && !pgCtl.get().isAlive() && Postmaster.in(directory).isEmpty() && !start.isDone()) {
        throw new IllegalStateException("pg_ctl could not start the server");
      }
    }
  }

  private static boolean finished(FutureTask<EmbeddedPostgres> start) throws IOException {
    try {
      start.get(20, TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) throw io;
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting the embedded PostgreSQL", e);
    }
  }

  /** The pg_ctl this process runs for {@code directory}, once the library has started it. */
  private static Optional<ProcessHandle> pgCtlOf(Path directory) {
    return ProcessHandle.current().children().filter(child -> child.info().command()
            .map(command -> Path.of(command).getFileName().toString().equals("pg_ctl")).orElse(false))
        .filter(child -> child.info().arguments().map(arguments -> List.of(arguments)
            .contains(directory.toString())).orElse(false))
        .findFirst();
  }

  // Its handle is not kept: it would stop the server with binaries of this process, while the
  // last process to leave, whichever it is, stops it with the running server's own pg_ctl.
  private static EmbeddedPostgres started(Path directory, int port, ServerLog log) throws IOException {
    Redirect output = Redirect.appendTo(log.file().toFile());
    return EmbeddedPostgres.builder()
        .setDataDirectory(directory)
        .setCleanDataDirectory(false)
        .setRegisterShutdownHook(false)
        .setPort(port)
        .setPGStartupWait(STARTUP_WAIT)
        .setOutputRedirector(output)
        .setErrorRedirector(output)
        .setServerConfig("unix_socket_directories", "''")
        .setServerConfig("fsync", "on")
        .setServerConfig("synchronous_commit", "on")
        .setServerConfig("full_page_writes", "on")
        .start();
  }

  /** A server that started but never answered in time must not stay behind. */
  private static void stopHalfStarted(Path directory, ServerLog log, Exception failure) {
    try {
      Postmaster.in(directory).ifPresent(halfStarted -> halfStarted.stop(directory, log));
    } catch (RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  /** The chosen port is taken: the message says so and which setting moves it. */
  private static final class PortTakenException extends RuntimeException {
    PortTakenException(String message) {
      super(message);
    }
  }
}
