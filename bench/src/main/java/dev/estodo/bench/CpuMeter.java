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

/**
 * CPU time used so far by this JVM (load generator and server alike) and by the PostgreSQL
 * server's processes, read from Linux's /proc when the server runs on this machine. CPU per
 * operation says what limits a rate on a shared machine better than the rate does.
 */
final class CpuMeter {
  private final Long postmaster;

  private CpuMeter(Long postmaster) {
    this.postmaster = postmaster;
  }

  /** A meter for the server {@code connection} is to; it measures only the JVM when that server is elsewhere. */
  static CpuMeter of(Connection connection) {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
      row.next();
      String stat = Files.readString(Path.of("/proc", row.getString(1), "stat"));
      return new CpuMeter(Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1]));
    } catch (SQLException | IOException | RuntimeException e) {
      return new CpuMeter(null);
    }
  }

  /** CPU nanoseconds this JVM has used. */
  long jvmNanos() {
    var os = ManagementFactory.getOperatingSystemMXBean();
    return os instanceof OperatingSystemMXBean bean ? bean.getProcessCpuTime() : 0;
  }

  /** CPU nanoseconds the server's live processes have used, or null when they cannot be read. */
  Long postgresNanos() {
    if (postmaster == null) return null;
    try {
      long total = onCpu(postmaster);
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

  /** A process that ended since the list was read counts as nothing. */
  private static long onCpu(long pid) {
    try {
      return Long.parseLong(Files.readString(Path.of("/proc", Long.toString(pid), "schedstat")).split(" ")[0]);
    } catch (IOException e) {
      return 0;
    }
  }
}
