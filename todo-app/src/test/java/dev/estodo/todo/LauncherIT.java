package dev.estodo.todo;

import static dev.estodo.todo.TodoHttp.add;
import static dev.estodo.todo.TodoHttp.outstanding;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./todo} with a server running from it while the jar is rebuilt, as Maven does it: in place.
 * It needs the packaged jar, so it runs after {@code package}, in a copy of the project that holds
 * only the launcher, the jar and sources older than it: nothing is built, the real tree is untouched.
 */
class LauncherIT {
  private static final Path MODULE = Path.of(System.getProperty("basedir", "")).toAbsolutePath();

  @TempDir Path project;
  @TempDir Path home;
  private Path jar;

  @BeforeEach
  void a_project_with_a_built_jar() throws IOException {
    Files.copy(MODULE.resolveSibling("todo"), project.resolve("todo"));
    Files.setPosixFilePermissions(project.resolve("todo"), PosixFilePermissions.fromString("rwxr-xr-x"));
    List<String> sources = List.of("pom.xml", "eventsourcing/pom.xml", "todo-app/pom.xml", "bench/pom.xml",
        "eventsourcing/src/main", "todo-app/src/main", "bench/src/main");
    for (String source : sources) {
      Path path = project.resolve(source);
      Files.createDirectories(path.getParent());
      if (source.endsWith(".xml")) Files.createFile(path); else Files.createDirectories(path);
    }
    for (String source : sources) {
      Files.setLastModifiedTime(project.resolve(source), FileTime.from(Instant.parse("2017-01-01T00:00:00Z")));
    }
    jar = Files.copy(MODULE.resolve("target/estodo.jar"), Files.createDirectories(project.resolve("todo-app/target")).resolve("estodo.jar"));
  }

  @Test
  void a_server_started_by_the_launcher_keeps_answering_when_the_jar_is_rebuilt_in_place_and_its_copy_deleted()
      throws Exception {
    try (EstodoProcess server = launch("serve")) {
      URI uri = server.uri("");

      rewriteInPlace(jar);
      assertThat(printsAUuid(launch("uuid"))).isTrue();
      ageCopies(Duration.ofMinutes(20));
      rewriteInPlace(jar);
      assertThat(printsAUuid(launch("uuid"))).isTrue();

      assertThat(copies()).as("the server's copy and the first rebuild's are deleted").hasSize(1);
      long position = add(uri, "Get to the chopper");
      assertThat(outstanding(uri, position)).containsExactly("Get to the chopper");
      assertReadableLog(server);
    }
  }

  /** The request log's lines and the start and stop lines read well: no thread or logger names. */
  private static void assertReadableLog(EstodoProcess server) throws InterruptedException {
    String uuid = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    server.awaitOutput(" INFO POST /todo/");
    server.stop(); // SIGTERM: the exit code is 143 however cleanly it stops
    assertThat(server.output().lines().filter(line -> line.contains(" POST /todo/")))
        .singleElement().asString().matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO POST /todo/" + uuid + " 201 \\d+\\.\\d ms " + uuid);
    assertThat(server.output()).contains("estodo listening on http://", "estodo stopping", "estodo stopped")
        .doesNotContain("[main]", "dev.estodo.");
  }

  @Test
  void launches_at_the_same_time_each_run_a_whole_copy() throws Exception {
    rewriteInPlace(jar);

    List<EstodoProcess> launches = Stream.generate(() -> launch("uuid")).limit(3).toList();

    for (EstodoProcess launched : launches) {
      assertThat(printsAUuid(launched)).isTrue();
    }
    assertThat(copies()).hasSize(1);
  }

  /** Whether {@code ./todo uuid} exited 0 with a UUID on its last line (a launcher that waited says so first). */
  private static boolean printsAUuid(EstodoProcess launched) throws InterruptedException {
    assertThat(launched.exitCode()).as(launched.output()).isZero();
    List<String> lines = launched.output().lines().toList();
    return UUID.fromString(lines.get(lines.size() - 1)).version() == 4;
  }

  private EstodoProcess launch(String command) {
    return EstodoProcess.run(List.of(project.resolve("todo").toString(), command), home.resolve("postgres"), Map.of());
  }

  /**
   * Rewrites the jar in place with the same classes at other offsets, as a rebuild does: a JVM that
   * still read the file would find garbage where its classes were. A zip may begin with anything.
   */
  private static void rewriteInPlace(Path jar) throws IOException {
    byte[] classes = Files.readAllBytes(jar);
    byte[] shifted = new byte[classes.length + 4096];
    System.arraycopy(classes, 0, shifted, 4096, classes.length);
    Files.write(jar, shifted);
  }

  private void ageCopies(Duration age) throws IOException {
    for (Path copy : copies()) {
      Files.setLastModifiedTime(copy, FileTime.from(Instant.now().minus(age)));
    }
  }

  private List<Path> copies() throws IOException {
    try (Stream<Path> files = Files.list(project.resolve("todo-app/target/run"))) {
      return files.filter(file -> file.getFileName().toString().endsWith(".jar")).toList();
    }
  }
}
