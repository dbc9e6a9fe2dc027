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
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client commands against a real server, as the original's scripts/request worked. */
class ClientCommandsTest {
  private TestServer server;
  private final String id = UUID.randomUUID().toString();
  private Path state;
  private Cli cli;

  @BeforeEach
  void a_fresh_server_and_a_user_with_no_history(@TempDir Path home) {
    server = TestServer.startWithProcessors(new RecordingEmail(), Clock.systemUTC());
    state = home.resolve("cli-positions");
    cli = new Cli(server.uri(""), state);
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  @Test
  void adding_a_todo_sends_only_the_options_given_and_says_success() throws Exception {

    Run run = cli.run("add", "-i", id, "-t", "Get to the chopper", "-d", "It's in the trees", "-s", "dillon@cia.gov");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("Adding todo [" + id + "]: {\"title\":\"Get to the chopper\","
        + "\"description\":\"It's in the trees\",\"stakeholder_email\":\"dillon@cia.gov\"}\nSuccess.\n");
    assertThat(lastEvent().get("body")).isEqualTo(Json.mapper().readTree(
        "{\"title\":\"Get to the chopper\",\"description\":\"It's in the trees\","
            + "\"stakeholder_email\":\"dillon@cia.gov\"}"));
  }

  @Test
  void a_list_right_after_a_command_shows_its_effect() throws Exception {
    cli.run("add", "-i", id, "-t", "2000 squats", "-D", "2017-07-13");

    Run run = cli.run("list", "-l", "scheduled");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Scheduled todos\n").endsWith("\nSuccess.\n");
    assertThat(titles(run)).containsExactly("2000 squats");
  }

  @Test
  void amending_with_an_empty_due_date_takes_the_todo_off_the_schedule() throws Exception {
    cli.run("add", "-i", id, "-t", "2000 squats", "-D", "2017-07-13");

    Run run = cli.run("amend", "-i", id, "-D", "");

    assertThat(run.out()).isEqualTo("Amending todo [" + id + "]: {\"due_date\":null}\nSuccess.\n");
    assertThat(titles(cli.run("list", "-l", "scheduled"))).isEmpty();
    assertThat(titles(cli.run("list", "-l", "outstanding"))).containsExactly("2000 squats");
  }

  @Test
  void a_completed_todo_is_listed_with_its_completion_date() throws Exception {
    cli.run("add", "-i", id, "-t", "I'll be back");

    Run run = cli.run("complete", "-i", id, "-D", "2017-07-13");

    assertThat(run.out()).isEqualTo("Completing todo [" + id + "]: {\"completed_on\":\"2017-07-13\"}\nSuccess.\n");
    JsonNode completed = rows(cli.run("list", "-l", "completed")).get(0);
    assertThat(completed.get("title").asText()).isEqualTo("I'll be back");
    assertThat(completed.get("completed_on").asText()).isEqualTo("2017-07-13 00:00:00 UTC");
  }

  @Test
  void an_abandoned_todo_leaves_the_outstanding_list() throws Exception {
    cli.run("add", "-i", id, "-t", "Hasta la vista");

    Run run = cli.run("abandon", "-i", id, "-D", "2017-07-13");

    assertThat(run.out()).isEqualTo("Abandoning todo [" + id + "]: {\"abandoned_on\":\"2017-07-13\"}\nSuccess.\n");
    assertThat(titles(cli.run("list", "-l", "outstanding"))).doesNotContain("Hasta la vista");
  }

  @Test
  void moving_up_swaps_the_todo_with_the_one_above_it() throws Exception {
    String sarah = UUID.randomUUID().toString();
    cli.run("add", "-i", sarah, "-t", "Find Sarah Connor");
    cli.run("add", "-i", id, "-t", "Find John Connor");

    Run run = cli.run("moveup", "-i", id);

    assertThat(run.out()).isEqualTo("Moving up todo [" + id + "]: {}\nSuccess.\n");
    assertThat(titles(cli.run("list", "-l", "outstanding")))
        .containsExactly("Find John Connor", "Find Sarah Connor");
  }

  @Test
  void a_command_the_todo_rejects_prints_the_error_and_exits_1() {

    Run run = cli.run("complete", "-i", id, "-D", "2017-07-13");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEqualTo("Completing todo [" + id + "]: {\"completed_on\":\"2017-07-13\"}\n");
    assertThat(run.err()).isEqualTo("\nError:\n  Unprocessable Entity: Todo \"" + id + "\" does not exist\n");
  }

  @Test
  void an_invalid_command_prints_the_api_s_reason() {

    Run run = cli.run("add", "-i", id, "-d", "No title");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("\nError:\n  Bad Request: title is blank\n");
  }

  @Test
  void a_table_shows_the_list_to_people() {
    cli.run("add", "-i", id, "-t", "Get to the chopper", "-D", "2017-01-01");

    Run run = cli.run("list", "-l", "outstanding", "--table");

    assertThat(run.out()).startsWith("Outstanding todos\nID ")
        .containsPattern(id + "  Get to the chopper +2017-01-01\n");
  }

  private JsonNode lastEvent() throws Exception {
    HttpResponse<String> history = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(server.uri("/todo/" + id + "/events")).build(), HttpResponse.BodyHandlers.ofString());
    JsonNode events = Json.mapper().readTree(history.body());
    return events.get(events.size() - 1);
  }

  private static JsonNode rows(Run list) throws Exception {
    String[] lines = list.out().split("\n");
    return Json.mapper().readTree(String.join("\n", List.of(lines).subList(1, lines.length - 1)));
  }

  private static List<String> titles(Run list) throws Exception {
    return StreamSupport.stream(rows(list).spliterator(), false).map(row -> row.get("title").asText()).toList();
  }
}
