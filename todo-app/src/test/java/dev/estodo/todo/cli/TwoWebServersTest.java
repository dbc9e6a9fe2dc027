package dev.estodo.todo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.estodo.todo.DataDirectories;
import dev.estodo.todo.EstodoProcess;
import dev.estodo.todo.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code ./todo web} processes on one database, each remembering the todos it commands and
 * keeping the lists it answers: what one writes makes the other's memory stale, never wrong.
 */
class TwoWebServersTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** One command's answer: its todo, what it sent, the status, and the Todo-Position or error body it got. */
  private record Answer(UUID todo, String kind, String marker, int status, String body) {}

  @TempDir static Path home;
  private static EstodoProcess first;
  private static EstodoProcess second;
  private static EstodoProcess processors;

  // one database and three processes for both tests: starting them is most of the class's time
  @BeforeAll
  static void start() throws Exception {
    Path data = DataDirectories.fresh(home.resolve("postgres"));
    first = EstodoProcess.start(data, "web");
    second = EstodoProcess.start(data, "web");
    processors = EstodoProcess.start(data, "processors").awaitOutput("estodo processors started");
  }

  @AfterAll
  static void stop() {
    processors.close();
    second.close();
    first.close();
  }

  @Test
  void commands_racing_on_the_same_todos_through_two_servers_store_exactly_what_was_accepted() throws Exception {
    List<URI> servers = List.of(first.uri(""), second.uri(""));
    List<UUID> todos = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
    List<CompletableFuture<Answer>> sent = new ArrayList<>();
    for (UUID todo : todos) {
      for (int server = 0; server < 2; server++) {
        sent.add(send(servers.get(server), todo, "add", "", "{\"title\": \"2000 squats\"}"));
      }
    }
    List<Answer> answers = new ArrayList<>(sent.stream().map(CompletableFuture::join).toList());
    sent.clear();
    for (int round = 0; round < 12; round++) {
      for (UUID todo : todos) {
        String marker = "set " + round + " via " + (round % 2);
        String kind = round == 9 ? "complete" : "amend";
        String body = kind.equals("complete") ? "{\"completed_on\": \"2017-07-13\"}" : "{\"description\": \"" + marker + "\"}";
        sent.add(send(servers.get(round % 2), todo, kind, marker, body));
      }
    }
    answers.addAll(sent.stream().map(CompletableFuture::join).toList());

    for (UUID todo : todos) {
      checkHistory(todo, events(servers.get(0), todo), answers.stream().filter(a -> a.todo().equals(todo)).toList());
    }
    assertThat(first.output() + second.output()).doesNotContain("ERROR");
  }

  @Test
  void a_list_through_one_server_after_a_command_through_the_other_includes_it() throws Exception {
    UUID chopper = UUID.randomUUID();
    Answer added = send(first.uri(""), chopper, "add", "", "{\"title\": \"Get to the chopper\"}").join();
    HttpResponse<String> before = get(second.uri("/todos/outstanding?after=" + added.body()));
    assertThat(before.body()).contains("Get to the chopper");

    Answer done = send(first.uri(""), chopper, "complete", "", "{\"completed_on\": \"2017-07-13\"}").join();
    HttpResponse<String> outstanding = get(second.uri("/todos/outstanding?after=" + done.body()));
    HttpResponse<String> completed = get(second.uri("/todos/completed?after=" + done.body()));

    assertThat(outstanding.body()).doesNotContain("Get to the chopper");
    assertThat(outstanding.headers().firstValue("ETag")).isNotEqualTo(before.headers().firstValue("ETag"));
    assertThat(completed.body()).contains("Get to the chopper");
  }

  /** Versions 1, 2, 3..., the first an add; each 2xx's event stored once, nothing of a refusal; nothing after completion. */
  private static void checkHistory(UUID todo, List<JsonNode> history, List<Answer> answers) {
    assertThat(answers).extracting(Answer::status).allMatch(status -> List.of(200, 201, 409, 422).contains(status));
    assertThat(answers).filteredOn(a -> a.kind().equals("add")).extracting(Answer::status).containsOnlyOnce(201);
    for (int i = 0; i < history.size(); i++) {
      assertThat(history.get(i).get("version").asLong()).isEqualTo(i + 1);
    }
    List<String> types = history.stream().map(event -> event.get("type").asText()).toList();
    assertThat(types.get(0)).isEqualTo("todo_added");
    assertThat(types).filteredOn("todo_added"::equals).hasSize(1);
    long completions = answers.stream().filter(a -> a.kind().equals("complete") && a.status() == 200).count();
    assertThat(types).filteredOn("todo_completed"::equals).hasSize((int) completions);
    if (completions == 1) {
      assertThat(types.get(types.size() - 1)).isEqualTo("todo_completed");
    }
    List<String> stored = history.stream().filter(event -> event.get("type").asText().equals("todo_amended"))
        .map(event -> event.get("body").get("description").asText()).toList();
    List<String> accepted = answers.stream().filter(a -> a.kind().equals("amend") && a.status() == 200)
        .map(Answer::marker).toList();
    assertThat(stored).containsExactlyInAnyOrderElementsOf(accepted).doesNotHaveDuplicates();
    for (Answer refused : answers.stream().filter(a -> a.status() == 422 && !a.kind().equals("add")).toList()) {
      assertThat(completions).as(refused.body()).isEqualTo(1);
      assertThat(refused.body()).endsWith(refused.kind().equals("amend") ? "is complete" : "already complete");
    }
  }

  private static CompletableFuture<Answer> send(URI server, UUID todo, String kind, String marker, String body) {
    String path = "/todo/" + todo + (kind.equals("complete") ? "/complete" : "");
    HttpRequest.Builder request = HttpRequest.newBuilder(server.resolve(path));
    request.method(kind.equals("amend") ? "PUT" : "POST", HttpRequest.BodyPublishers.ofString(body));
    return HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()).thenApply(response -> new Answer(todo,
        kind, marker, response.statusCode(), response.statusCode() < 300
            ? response.headers().firstValue("Todo-Position").orElseThrow() : response.body()));
  }

  private static HttpResponse<String> get(URI uri) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static List<JsonNode> events(URI server, UUID todo) throws Exception {
    List<JsonNode> events = new ArrayList<>();
    Json.mapper().readTree(get(server.resolve("/todo/" + todo + "/events")).body()).forEach(events::add);
    return events;
  }
}
