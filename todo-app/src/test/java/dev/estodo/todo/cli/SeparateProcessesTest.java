package dev.estodo.todo.cli;

import static dev.estodo.todo.TodoHttp.add;
import static dev.estodo.todo.TodoHttp.awaitHealth;
import static dev.estodo.todo.TodoHttp.outstanding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.todo.DataDirectories;
import dev.estodo.todo.EstodoProcess;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./todo web} and {@code ./todo processors} as separate processes on one embedded data
 * directory, as the README's operations section runs them: each in a JVM of its own, on a real
 * embedded PostgreSQL, which none of them owns.
 */
class SeparateProcessesTest {
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @TempDir Path home;

  @Test
  void the_processors_go_on_updating_the_lists_while_the_web_server_is_stopped_and_started_again() throws Exception {
    Path data = DataDirectories.fresh(home.resolve("postgres"));
    try (EstodoProcess web = EstodoProcess.start(data, "web")) {
      URI first = web.uri("");
      try (EstodoProcess processors = EstodoProcess.start(data, "processors").awaitOutput("estodo processors started")) {
        long chopper = add(first, "Get to the chopper");
        assertThat(outstanding(first, chopper)).containsExactly("Get to the chopper");

        web.stop();
        try (EstodoProcess again = EstodoProcess.start(data, "web")) {
          long squats = add(again.uri(""), "2000 squats");

          assertThat(outstanding(again.uri(""), squats)).containsExactly("Get to the chopper", "2000 squats");
          assertThat(processors.handle().isAlive()).isTrue();
          assertThat(processors.output()).doesNotContain("ERROR", "WARN");
        }
      }
    }
    assertThat(data.resolve("postmaster.pid")).as("the last process out stops PostgreSQL").doesNotExist();
  }

  @Test
  void a_killed_postgres_is_started_again_on_its_port_by_the_processes_using_it_and_they_reconnect() throws Exception {
    Path data = DataDirectories.fresh(home.resolve("postgres"));
    // Started together, they race to start PostgreSQL: one does, the other waits its turn and joins.
    try (EstodoProcess web = EstodoProcess.start(data, "web");
        EstodoProcess processors = EstodoProcess.start(data, "processors").awaitOutput("estodo processors started")) {
      URI server = web.uri("");
      long chopper = add(server, "I'll be back");
      assertThat(outstanding(server, chopper)).containsExactly("I'll be back");

      long killed = postmasterPid(data);
      int port = killPostmaster(data);

      // Nobody else opens the directory: web or processors, whichever looks first, starts it again.
      assertThat(awaitStartedAgain(data, killed)).as("a new postmaster in " + data).isTrue();
      assertThat(Files.readAllLines(data.resolve("postmaster.pid")).get(3).trim()).isEqualTo(Integer.toString(port));
      assertThat(awaitHealth(server, 200, PATIENCE)).as("health once it is back").isTrue();
      long squats = add(server, "Hasta la vista");
      assertThat(outstanding(server, squats)).containsExactly("I'll be back", "Hasta la vista");
      assertThat(processors.handle().isAlive()).as("the processors reconnected, not restarted").isTrue();
      web.kill();
    }
    assertThat(data.resolve("postmaster.pid")).as("a killed process no longer counts").doesNotExist();
  }

  private static long postmasterPid(Path data) throws Exception {
    return Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
  }

  /** Waits until a live postmaster other than {@code killed} runs in {@code data}; says whether one did. */
  private static boolean awaitStartedAgain(Path data, long killed) throws Exception {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (System.nanoTime() < deadline) {
      Path pidFile = data.resolve("postmaster.pid");
      List<String> lines = Files.exists(pidFile) ? Files.readAllLines(pidFile) : List.of();
      if (lines.size() > 3 && Long.parseLong(lines.get(0).trim()) != killed
          && ProcessHandle.of(Long.parseLong(lines.get(0).trim())).isPresent()) return true;
      Thread.sleep(100);
    }
    return false;
  }

  /**
   * Kills the embedded PostgreSQL as an out-of-memory killer would (its postmaster.pid stays
   * behind), and returns the port it had.
   */
  private static int killPostmaster(Path data) throws Exception {
    List<String> lines = Files.readAllLines(data.resolve("postmaster.pid"));
    assertThat(ProcessHandle.of(Long.parseLong(lines.get(0).trim())).orElseThrow().destroyForcibly()).isTrue();
    return Integer.parseInt(lines.get(3).trim());
  }
}
