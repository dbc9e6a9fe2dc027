package dev.estodo.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Tools the bench uses when they are installed (wrk, pgbench), found on the PATH. */
final class Executables {
  private Executables() {}

  static boolean onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) return false;
    for (String directory : path.split(File.pathSeparator)) {
      if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, name))) return true;
    }
    return false;
  }
}
