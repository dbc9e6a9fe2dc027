package dev.estodo.todo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.todo.TestServer;
import dev.estodo.todo.cli.Cli.Run;
import dev.estodo.todo.reactors.RecordingEmail;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the client commands assume when not told: today's date, and a remembered position the server has. */
class ClientDefaultsTest {
  private static TestServer server;
  private final String id = UUID.randomUUID().toString();
  private Path state;
  private Cli cli;

  @BeforeAll
  static void one_server_for_these_users() {
    server = TestServer.startWithProcessors(new RecordingEmail(), Clock.systemUTC());
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @BeforeEach
  void a_user_with_no_history(@TempDir Path home) {
    state = home.resolve("cli-positions");
    cli = new Cli(server.uri(""), state);
  }

  @Test
  void complete_without_a_date_completes_the_todo_today() {
    cli.run("add", "-i", id, "-t", "I'll be back");
    String before = LocalDate.now().toString();

    Run run = cli.run("complete", "-i", id);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isIn(completing(before), completing(LocalDate.now().toString()));
  }

  @Test
  void abandon_without_a_date_abandons_the_todo_today() {
    cli.run("add", "-i", id, "-t", "Hasta la vista");
    String before = LocalDate.now().toString();

    Run run = cli.run("abandon", "-i", id);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isIn(abandoning(before), abandoning(LocalDate.now().toString()));
  }

  @Test
  void a_remembered_position_beyond_the_server_s_last_event_is_dropped_and_said_once() {
    new PositionFile(state).remember(server.uri(""), 1_000_000);

    Run first = cli.run("list", "-l", "outstanding");
    Run second = cli.run("list", "-l", "outstanding");

    assertThat(first.exitCode()).isZero();
    assertThat(first.out()).startsWith("Outstanding todos\n").endsWith("\nSuccess.\n");
    assertThat(first.err()).isEqualTo("Forgot the remembered position 1000000 (" + state
        + "): the server's data ends before it; was it reset?\n");
    assertThat(second.exitCode()).isZero();
    assertThat(second.err()).isEmpty();
    assertThat(new PositionFile(state).last(server.uri(""))).isEmpty();
  }

  private String completing(String date) {
    return "Completing todo [" + id + "]: {\"completed_on\":\"" + date + "\"}\nSuccess.\n";
  }

  private String abandoning(String date) {
    return "Abandoning todo [" + id + "]: {\"abandoned_on\":\"" + date + "\"}\nSuccess.\n";
  }
}
