package dev.estodo.todo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.todo.cli.Cli.Run;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client's one retry, with the same Idempotency-Key, after a dropped connection or a 503. */
class ClientRetryTest {
  private static final String QUOTED_UUID = "\"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\"";

  @TempDir Path home;
  private final String id = UUID.randomUUID().toString();

  @Test
  void a_command_whose_connection_dropped_is_sent_again_with_the_same_key() throws Exception {
    try (FlakyServer server = new FlakyServer(null, FlakyServer.answer(201, ""))) {

      Run run = new Cli(server.uri(), home.resolve("positions")).run("add", "-i", id, "-t", "Get to the chopper");

      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out()).endsWith("Success.\n");
      assertThat(server.keys()).hasSize(2).allMatch(key -> key.matches(QUOTED_UUID));
      assertThat(server.keys().get(1)).isEqualTo(server.keys().get(0));
    }
  }

  @Test
  void a_command_answered_503_is_sent_again_with_the_same_key() throws Exception {
    try (FlakyServer server = new FlakyServer(FlakyServer.answer(503, "Service Unavailable: database is unavailable"),
        FlakyServer.answer(200, ""))) {

      Run run = new Cli(server.uri(), home.resolve("positions")).run("complete", "-i", id, "-D", "2017-07-13");

      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(server.keys()).hasSize(2);
      assertThat(server.keys().get(1)).isEqualTo(server.keys().get(0));
    }
  }

  @Test
  void it_retries_once_only_and_then_reports_the_error() throws Exception {
    String unavailable = FlakyServer.answer(503, "Service Unavailable: database is unavailable");
    try (FlakyServer server = new FlakyServer(unavailable, unavailable, FlakyServer.answer(201, ""))) {

      Run run = new Cli(server.uri(), home.resolve("positions")).run("add", "-i", id, "-t", "2000 squats");

      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.err()).contains("Error:").contains("database is unavailable");
      assertThat(server.keys()).hasSize(2);
    }
  }

  @Test
  void each_command_gets_a_key_of_its_own() throws Exception {
    try (FlakyServer server = new FlakyServer(FlakyServer.answer(201, ""), FlakyServer.answer(200, ""))) {
      Cli cli = new Cli(server.uri(), home.resolve("positions"));

      cli.run("add", "-i", id, "-t", "2000 squats");
      cli.run("moveup", "-i", id);

      assertThat(server.keys()).hasSize(2).doesNotHaveDuplicates();
    }
  }
}
