package dev.estodo.todo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.estodo.todo.Json;
import dev.estodo.todo.TestServer;
import dev.estodo.todo.cli.Cli.Run;
import dev.estodo.todo.reactors.RecordingEmail;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./todo list --at}: a list as it was at a position or a time, through a real server. */
class ListAtCommandTest {
  private static final String ID = UUID.randomUUID().toString();
  private static TestServer server;
  private static Cli cli;
  private static Instant beforeTheAmend;

  @BeforeAll
  static void a_todo_added_then_amended(@TempDir Path home) throws Exception {
    server = TestServer.startWithProcessors(new RecordingEmail(), Clock.systemUTC());
    cli = new Cli(server.uri(""), home.resolve("cli-positions"));
    cli.run("add", "-i", ID, "-t", "2000 squats");
    beforeTheAmend = Instant.now();
    cli.run("amend", "-i", ID, "-t", "3000 squats");
    cli.run("list", "-l", "outstanding");
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Test
  void a_list_at_the_position_of_the_add_shows_the_todo_as_it_was_added() throws Exception {
    Run run = cli.run("list", "-l", "outstanding", "--at", Long.toString(firstEventPosition()));

    assertThat(run.exitCode()).isZero();
    assertThat(titles(run)).containsExactly("2000 squats");
    assertThat(titles(cli.run("list", "-l", "outstanding"))).containsExactly("3000 squats");
  }

  @Test
  void a_list_at_a_time_with_an_offset_shows_the_list_then() throws Exception {
    String time = beforeTheAmend.atOffset(ZoneOffset.ofHours(2)).toString();

    assertThat(titles(cli.run("list", "-l", "outstanding", "--at", time))).containsExactly("2000 squats");
  }

  @Test
  void an_at_that_is_neither_a_position_nor_a_time_is_an_error_naming_it() {
    Run run = cli.run("list", "-l", "outstanding", "--at", "soon");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("Bad Request: at is invalid");
  }

  private static long firstEventPosition() throws Exception {
    HttpResponse<String> history = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(server.uri("/todo/" + ID + "/events")).build(), HttpResponse.BodyHandlers.ofString());
    return Json.mapper().readTree(history.body()).get(0).get("position").asLong();
  }

  private static List<String> titles(Run list) throws Exception {
    String[] lines = list.out().split("\n");
    JsonNode rows = Json.mapper().readTree(String.join("\n", List.of(lines).subList(1, lines.length - 1)));
    return StreamSupport.stream(rows.spliterator(), false).map(row -> row.get("title").asText()).toList();
  }
}
