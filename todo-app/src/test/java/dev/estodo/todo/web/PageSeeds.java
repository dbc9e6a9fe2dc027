package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.estodo.todo.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** Commands and list reads over HTTP beside the page, as curl would send them, for the browser tests. */
final class PageSeeds {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private final URI server;

  PageSeeds(URI server) {
    this.server = server;
  }

  /** Sends a command ({@code method} on {@code /todo/ID + suffix}) and returns its Todo-Position. */
  long command(String method, String id, String suffix, String json) throws Exception {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(server.resolve("/todo/" + id + suffix))
        .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(method + " " + suffix + ": " + response.body()).isBetween(200, 201);
    return Long.parseLong(response.headers().firstValue("Todo-Position").orElseThrow());
  }

  /** The titles of list {@code name} (outstanding, scheduled, completed) with {@code query} (after=, at=). */
  List<String> titles(String name, String query) throws Exception {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(server.resolve("/todos/" + name + "?" + query)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    List<String> titles = new ArrayList<>();
    for (JsonNode todo : Json.mapper().readTree(response.body())) {
      titles.add(todo.get("title").asText());
    }
    return titles;
  }
}
