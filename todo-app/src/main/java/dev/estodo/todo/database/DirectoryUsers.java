package dev.estodo.todo.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The estodo processes using one embedded data directory, counted by the kernel with locks on a
 * file beside it ({@code <directory>.lock}; initdb wants the directory itself empty). A process
 * holds a shared lock on the file's first byte while it uses the directory, so the process that
 * can take that byte alone is the last one. Whoever checks or changes whether PostgreSQL runs
 * (starting it, stopping it) holds the second byte alone, so two processes never race to start it
 * and nobody joins a server that is being stopped. The kernel drops a process's locks when it ends,
 * even by kill -9, so a dead process never counts. Locks belong to a process, not to a caller, so
 * every caller in this JVM shares one count and one open file: closing a second one would drop them.
 */
final class DirectoryUsers {
  private static final Map<Path, DirectoryUsers> BY_LOCK_FILE = new HashMap<>();
  private static final long USING = 0;
  private static final long CHANGING = 1;

  private final Path lockFile;
  private FileChannel channel;
  private FileLock using;
  private int users;

  private DirectoryUsers(Path lockFile) {
    this.lockFile = lockFile;
  }

  /** The users of the directory whose lock file is {@code lockFile}, one instance per JVM. */
  static synchronized DirectoryUsers of(Path lockFile) {
    return BY_LOCK_FILE.computeIfAbsent(lockFile.toAbsolutePath().normalize(), DirectoryUsers::new);
  }

  /**
   * Joins the users and runs {@code startIfNeeded} while no other process can start or stop the
   * server; if it throws, this caller has not joined.
   */
  synchronized <T> T enter(Supplier<T> startIfNeeded) {
    try {
      if (users == 0) channel = FileChannel.open(lockFile, StandardOpenOption.CREATE,
          StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock changing = channel.lock(CHANGING, 1, false);
      try {
        if (users == 0) using = channel.lock(USING, 1, true);
        T result = startIfNeeded.get();
        users++;
        return result;
      } finally {
        changing.release();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lock " + lockFile, e);
    } finally {
      if (users == 0) closeChannel();
    }
  }

  /**
   * Runs {@code work} (a check that PostgreSQL still runs, a restart) while no other process can
   * start or stop the server; only for a JVM that has entered and not left.
   */
  synchronized <T> T whileChanging(Supplier<T> work) {
    if (users == 0) throw new IllegalStateException(lockFile + " is not in use by this process");
    try {
      FileLock changing = channel.lock(CHANGING, 1, false);
      try {
        return work.get();
      } finally {
        changing.release();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lock " + lockFile, e);
    }
  }

  /** Leaves; the last user of the directory, across all processes, runs {@code stopIfLast}. */
  synchronized void leave(Runnable stopIfLast) {
    if (users == 0) throw new IllegalStateException("left " + lockFile + " more often than entered");
    if (--users > 0) return;
    try {
      FileLock changing = channel.lock(CHANGING, 1, false);
      try {
        using.release();
        stopIfAlone(stopIfLast);
      } finally {
        changing.release();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lock " + lockFile, e);
    } finally {
      closeChannel();
    }
  }

  private void stopIfAlone(Runnable stopIfLast) throws IOException {
    FileLock alone = channel.tryLock(USING, 1, false);
    if (alone == null) return;
    try {
      stopIfLast.run();
    } finally {
      alone.release();
    }
  }

  private void closeChannel() {
    try {
      if (channel != null) channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + lockFile, e);
    } finally {
      channel = null;
      using = null;
    }
  }
}
