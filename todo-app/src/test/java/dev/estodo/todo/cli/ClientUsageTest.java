package dev.estodo.todo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.todo.cli.Cli.Run;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The client commands before any request: missing options, help, and a server that is not running. */
class ClientUsageTest {
  private Cli cli;

  @BeforeEach
  void a_server_that_is_not_running(@TempDir Path home) throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    cli = new Cli(URI.create("http://127.0.0.1:" + closedPort), home.resolve("cli-positions"));
  }

  @Test
  void a_server_that_is_not_running_is_named_without_a_stack_trace() {

    Run run = cli.run("list", "-l", "outstanding");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).matches("cannot reach http://127\\.0\\.0\\.1:\\d+: is \\./todo serve running\\?\n");
  }

  @Test
  void the_default_server_is_localhost_port_3000() {

    Run run = Cli.bare("add", "--help");

    assertThat(run.out()).contains("TODO_URL (default: http://localhost:3000)");
  }

  @Test
  void adding_without_an_id_says_how_to_make_one_and_sends_nothing() {

    Run run = cli.run("add", "-t", "Get to the chopper");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("Error: you must specify a Todo ID for the new Todo\n"
        + "You can generate one using `./todo uuid`.\n");
  }

  @Test
  void amending_without_an_id_says_so() {

    Run run = cli.run("amend", "-t", "Get to the chopper, NOW!");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("Error: you must specify a Todo ID to amend\n");
  }

  @Test
  void completing_without_an_id_says_so() {

    Run run = cli.run("complete", "-D", "2017-07-13");

    assertThat(run.err()).isEqualTo("Error: you must specify a Todo ID to complete\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "everything", "outstanding,completed"})
  void listing_an_unknown_list_names_the_lists(String list) {

    Run run = list.isEmpty() ? cli.run("list") : cli.run("list", "-l", list);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo("Error: you must specify which Todos to list: outstanding, scheduled, completed\n");
  }

  @Test
  void uuid_prints_a_fresh_random_uuid() {

    Run first = Cli.bare("uuid");
    Run second = Cli.bare("uuid");

    assertThat(UUID.fromString(first.out().strip()).version()).isEqualTo(4);
    assertThat(first.out()).isNotEqualTo(second.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"serve", "web", "processors", "rebuild", "add", "amend", "complete", "abandon", "moveup",
      "list", "uuid"})
  void every_command_explains_itself_with_examples(String command) {

    Run run = Cli.bare(command, "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Usage: todo " + command).contains("Examples:", "./todo " + command);
  }

  @Test
  void a_url_that_is_not_http_names_the_setting() {

    Run run = Cli.bare("list", "--url", "localhost:3000", "-l", "outstanding");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("TODO_URL must be an http:// or https:// URL, got: localhost:3000\n");
  }
}
