package dev.estodo.todo.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.OptionalLong;
import java.util.Properties;

/**
 * The last {@code Todo-Position} the command line saw, per server URL, in a small properties file.
 * {@code list} passes it as {@code ?after=} so it never shows a list older than your own command.
 */
final class PositionFile {
  private final Path file;

  PositionFile(Path file) {
    this.file = file;
  }

  /** Where the positions are kept. */
  Path file() {
    return file;
  }

  /** The position last remembered for {@code server}, if any. */
  OptionalLong last(URI server) {
    String value = read().getProperty(server.toString());
    if (value == null || !value.matches("\\d{1,18}")) return OptionalLong.empty();
    return OptionalLong.of(Long.parseLong(value));
  }

  /**
   * Remembers {@code position} for {@code server}, replacing what was there: the latest answer
   * wins, so a server whose data was reset is followed again after one command.
   */
  void remember(URI server, long position) {
    Properties positions = read();
    positions.setProperty(server.toString(), Long.toString(position));
    try {
      write(positions);
    } catch (IOException e) {
      throw new CliException("cannot write " + file + " (ESTODO_CLI_STATE): " + e.getMessage());
    }
  }

  /** Forgets the position of {@code server}: one it never reached, because its data was reset. */
  void forget(URI server) {
    Properties positions = read();
    if (positions.remove(server.toString()) == null) return;
    try {
      write(positions);
    } catch (IOException e) {
      throw new CliException("cannot write " + file + " (ESTODO_CLI_STATE): " + e.getMessage());
    }
  }

  // written aside and moved into place, so a concurrent ./todo never reads half a file
  private void write(Properties positions) throws IOException {
    Path directory = file.toAbsolutePath().getParent();
    Files.createDirectories(directory);
    Path partial = Files.createTempFile(directory, ".positions", ".tmp");
    try (Writer writer = Files.newBufferedWriter(partial)) {
      positions.store(writer, "estodo: the last Todo-Position seen per server");
    }
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private Properties read() {
    Properties positions = new Properties();
    if (!Files.isRegularFile(file)) return positions;
    try (Reader reader = Files.newBufferedReader(file)) {
      positions.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      // an unreadable file only costs the read-your-writes wait; the next command rewrites it
      return new Properties();
    }
    return positions;
  }
}
