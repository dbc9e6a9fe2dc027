package dev.estodo.todo.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The port of a data directory's PostgreSQL: the one it last ran on, kept in {@code estodo-port}
 * inside it. Whoever starts the server again starts it there, so processes that outlived the
 * server find it at the address their pools already have. {@code ESTODO_DATA_PORT} chooses it.
 */
final class DataPort {
  static final String FILE = "estodo-port";

  private DataPort() {}

  /** The port to start on: {@code setting} when given, else the remembered one, else a free one. */
  static int choose(Path dataDirectory, Integer setting) {
    if (setting != null) return setting;
    return remembered(dataDirectory).orElseGet(DataPort::free);
  }

  /** The port the server last ran on, if it ever ran. */
  static Optional<Integer> remembered(Path dataDirectory) {
    Path file = dataDirectory.resolve(FILE);
    try {
      int port = Integer.parseInt(Files.readString(file).trim());
      if (port >= 1 && port <= 65535) return Optional.of(port);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException | NumberFormatException e) {
      // reported below
    }
    throw new IllegalStateException(file + " does not hold a port; set ESTODO_DATA_PORT or delete the file");
  }

  /** Remembers {@code port}, replacing the file whole so a reader never sees half of it. */
  static void remember(Path dataDirectory, int port) {
    Path file = dataDirectory.resolve(FILE);
    Path written = dataDirectory.resolve(FILE + ".new");
    try {
      Files.writeString(written, port + "\n");
      Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static int free() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot find a free port for the embedded PostgreSQL", e);
    }
  }
}
