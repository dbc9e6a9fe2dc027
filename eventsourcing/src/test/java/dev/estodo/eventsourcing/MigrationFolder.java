package dev.estodo.eventsourcing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A folder of migrations for upgrade tests: copies of released ones from the classpath (as a
 * previous release shipped them) and changed ones (as the next release will), for Flyway to read
 * from the file system.
 */
public record MigrationFolder(Path folder) {
  /** Copies the migrations {@code names} from the classpath folder {@code from} into this folder. */
  public MigrationFolder copy(String from, String... names) {
    for (String name : names) {
      write(name, resource(from + "/" + name));
    }
    return this;
  }

  /** Writes a migration {@code name} with {@code text}, replacing any of that name. */
  public MigrationFolder write(String name, String text) {
    try {
      Files.writeString(folder.resolve(name), text);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** This folder as a Flyway location. */
  public String location() {
    return "filesystem:" + folder;
  }

  /** The text of the classpath resource {@code path}, such as {@code db/migration/eventsourcing/V1__events.sql}. */
  public static String resource(String path) {
    try (InputStream in = MigrationFolder.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) throw new IllegalArgumentException("no resource " + path + " on the classpath");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The body of the first function {@code sql} defines: what PostgreSQL keeps as its {@code prosrc}. */
  public static String functionBody(String sql) {
    int start = sql.indexOf("$$") + 2;
    return sql.substring(start, sql.indexOf("$$", start));
  }
}
