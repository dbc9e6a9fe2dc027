package dev.estodo.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.LongSupplier;

/**
 * CPU time used so far by the process that runs estodo (this JVM, or the server process under
 * test) and by the PostgreSQL server's processes, read from Linux's /proc when the server runs on
 * this machine. CPU per operation says what limits a rate on a shared machine better than the rate.
 */
final class CpuMeter {
  /** Linux's USER_HZ, the unit of /proc/PID/stat's times: 100 on every mainstream architecture. */
  private static final long NANOS_PER_TICK = 10_000_000L;

  private final Long postmaster;
  private final LongSupplier app;

  private CpuMeter(Long postmaster, LongSupplier app) {
    this.postmaster = postmaster;
    this.app = app;
  }

  /** A meter for the server {@code connection} is to; it measures only the JVM when that server is elsewhere. */
  static CpuMeter of(Connection connection) {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
      row.next();
      return new CpuMeter(Long.parseLong(statField(Long.parseLong(row.getString(1)), 1)), CpuMeter::thisJvm);
    } catch (SQLException | IOException | RuntimeException e) {
      return new CpuMeter(null, CpuMeter::thisJvm);
    }
  }

  /** A meter of this JVM alone. */
  static CpuMeter none() {
    return new CpuMeter(null, CpuMeter::thisJvm);
  }

  /** The same PostgreSQL, and no application: for the raw baselines, whose client is a generator's process. */
  CpuMeter postgresOnly() {
    return new CpuMeter(postmaster, () -> 0);
  }

  /** The same PostgreSQL, with the application's CPU read from process {@code pid} (its threads together). */
  CpuMeter forProcess(long pid) {
    return new CpuMeter(postmaster, () -> processNanos(pid));
  }

  /** CPU nanoseconds the process running estodo has used. */
  long appNanos() {
    return app.getAsLong();
  }

  /**
   * CPU nanoseconds PostgreSQL has used, or null when it cannot be read: the postmaster's own, its
   * ended children's (which it has reaped, so a client that disconnects still counts) and the
   * live children's.
   */
  Long postgresNanos() {
    if (postmaster == null) return null;
    try {
      String[] stat = statFields(postmaster);
      long ticks = 0;
      for (int field = 11; field <= 14; field++) {
        ticks += Long.parseLong(stat[field]);
      }
      long total = ticks * NANOS_PER_TICK;
      String children = Files.readString(Path.of("/proc", postmaster.toString(), "task", postmaster.toString(),
          "children")).trim();
      for (String child : children.isEmpty() ? new String[0] : children.split(" ")) {
        total += onCpu(Long.parseLong(child));
      }
      return total;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** User and system CPU of every thread of process {@code pid}, 0 once it has ended. */
  static long processNanos(long pid) {
    try {
      String[] stat = statFields(pid);
      return (Long.parseLong(stat[11]) + Long.parseLong(stat[12])) * NANOS_PER_TICK;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  private static long thisJvm() {
    var os = ManagementFactory.getOperatingSystemMXBean();
    return os instanceof OperatingSystemMXBean bean ? bean.getProcessCpuTime() : 0;
  }

  /** /proc/PID/stat's fields after the command name: [0] is the state, [1] the parent, [11] utime. */
  private static String[] statFields(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
    return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
  }

  private static String statField(long pid, int field) throws IOException {
    return statFields(pid)[field];
  }

  /** A process that ended since the list was read counts as nothing here (its parent counts it once reaped). */
  private static long onCpu(long pid) {
    try {
      return Long.parseLong(Files.readString(Path.of("/proc", Long.toString(pid), "schedstat")).split(" ")[0]);
    } catch (IOException e) {
      return 0;
    }
  }
}
