package dev.estodo.todo;

import dev.estodo.todo.database.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Embedded data directories for tests, each a copy of one made once per JVM: initdb and the first
 * start cost seconds, a copy of the stopped cluster a fraction of one. A copy forgets the port the
 * template ran on, so each picks a free one when it first starts.
 */
public final class DataDirectories {
  private static Path template;

  private DataDirectories() {}

  /** A data directory at {@code target} holding an empty cluster with the store's schema. */
  public static synchronized Path fresh(Path target) {
    if (template == null) template = made();
    try {
      copy(template, target);
      Files.delete(target.resolve("estodo-port"));
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path made() {
    try {
      Path parent = Files.createTempDirectory("estodo-template-");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(parent)));
      Path directory = parent.resolve("postgres");
      Database.open(null, directory, null, 2).close();
      return directory;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // Attributes too: PostgreSQL refuses a data directory that others may read.
  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        Files.copy(path, to.resolve(from.relativize(path).toString()), StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
  }

  private static void delete(Path tree) {
    try (Stream<Path> paths = Files.walk(tree)) {
      List<Path> deepestFirst = paths.sorted(Comparator.reverseOrder()).toList();
      for (Path path : deepestFirst) {
        Files.delete(path);
      }
    } catch (IOException e) {
      System.err.println("cannot delete " + tree + ": " + e);
    }
  }
}
