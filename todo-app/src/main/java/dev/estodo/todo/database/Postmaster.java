package dev.estodo.todo.database;

import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A PostgreSQL server running in a data directory, as its {@code postmaster.pid} tells: the process
 * and its port. A file whose process is gone (the server was killed; a zombie nobody reaped counts
 * as gone) or is now another program (the PID was reused) is stale, and nothing runs there.
 */
record Postmaster(ProcessHandle process, int port) {
  private static final Duration STOP_WAIT = Duration.ofSeconds(30);

  /** The server running in {@code dataDirectory}, if one is, whether or not it takes connections yet. */
  static Optional<Postmaster> in(Path dataDirectory) {
    return named(dataDirectory).filter(Postmaster::alive).filter(Postmaster::mayBePostgres)
        .map(process -> new Postmaster(process, port(dataDirectory)));
  }

  /**
   * Removes a stale {@code postmaster.pid} whose PID is still taken, by a zombie nobody reaped or by
   * another program: PostgreSQL would take either for a server and refuse to start. A file whose
   * process is gone PostgreSQL replaces itself, cleaning up after it; the file of a live server is
   * never touched: it is what keeps a second server out of the directory.
   */
  static void removeStalePidFile(Path dataDirectory) throws IOException {
    if (named(dataDirectory).isPresent() && in(dataDirectory).isEmpty()) {
      Files.delete(dataDirectory.resolve("postmaster.pid"));
    }
  }

  /** The live process (zombies included) whose PID the file gives. */
  private static Optional<ProcessHandle> named(Path dataDirectory) {
    List<String> lines = pidFile(dataDirectory);
    if (lines.size() < 4) return Optional.empty();
    try {
      return ProcessHandle.of(Long.parseLong(lines.get(0).trim())).filter(ProcessHandle::isAlive);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static int port(Path dataDirectory) {
    try {
      return Integer.parseInt(pidFile(dataDirectory).get(3).trim());
    } catch (RuntimeException e) {
      return 0;
    }
  }

  /** Whether it accepts connections on its port. */
  boolean takesConnections() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Stops it with PostgreSQL's fast shutdown (sessions end, transactions roll back), using the
   * running server's own pg_ctl, which waits until the server has exited.
   */
  void stop(Path dataDirectory, ServerLog log) {
    Optional<Path> pgCtl = process.info().command().map(command -> Path.of(command).resolveSibling("pg_ctl"));
    if (pgCtl.isEmpty() || !Files.isExecutable(pgCtl.get())) {
      smartStop(dataDirectory);
      return;
    }
    List<String> command = new ArrayList<>();
    // pg_ctl refuses to run as root: the embedded library runs it in a user namespace then, so do we.
    if (LinuxUtils.isUnshareAvailable()) command.addAll(List.of("unshare", "-U"));
    command.addAll(List.of(pgCtl.get().toString(), "-D", dataDirectory.toString(), "stop", "-m", "fast",
        "-w", "-t", String.valueOf(STOP_WAIT.toSeconds())));
    log.run(command, "cannot stop the embedded PostgreSQL in " + dataDirectory);
  }

  /** Without pg_ctl: SIGTERM, PostgreSQL's smart shutdown, which waits for other sessions to end. */
  private void smartStop(Path dataDirectory) {
    process.destroy();
    long deadline = System.nanoTime() + STOP_WAIT.toNanos();
    while (alive(process)) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the embedded PostgreSQL in " + dataDirectory + " (PID " + process.pid()
            + ") did not stop within " + STOP_WAIT.toSeconds() + " s");
      }
      pause();
    }
  }

  private static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while stopping the embedded PostgreSQL", e);
    }
  }

  // Java counts a zombie as alive; on Linux its state in /proc says it is not.
  private static boolean alive(ProcessHandle process) {
    if (!process.isAlive()) return false;
    try {
      String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
      return !stat.substring(stat.lastIndexOf(')') + 1).strip().startsWith("Z");
    } catch (IOException | RuntimeException e) {
      return true;
    }
  }

  // Unknown when the process belongs to another user: then take the file's word for it.
  private static boolean mayBePostgres(ProcessHandle process) {
    return process.info().command().map(command -> Path.of(command).getFileName().toString())
        .map(name -> name.equals("postgres") || name.equals("postgres.exe")).orElse(true);
  }

  private static List<String> pidFile(Path dataDirectory) {
    try {
      return Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
    } catch (NoSuchFileException e) {
      return List.of();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + dataDirectory.resolve("postmaster.pid"), e);
    }
  }
}
