package dev.estodo.todo.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A user sending a fixed random mix of commands to a server over HTTP: adds, amends, move ups,
 * completions and abandons of the todos still open, each answered before the next is sent.
 */
final class MixedCommands {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final String[] TITLES = {"Get to the chopper", "2000 squats", "Find Sarah Connor",
      "Buy a leather jacket", "Say I'll be back"};

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private final Random random = new Random(14);
  private final List<UUID> open = new ArrayList<>();
  private final URI server;

  MixedCommands(URI server) {
    this.server = server;
  }

  /** Sends the next command and returns its Todo-Position. */
  long next() throws IOException, InterruptedException {
    int kind = open.size() < 3 ? 0 : random.nextInt(10);
    if (kind < 4) return add();
    UUID todo = open.get(random.nextInt(open.size()));
    if (kind < 6) return send("PUT", "/todo/" + todo, amendBody());
    if (kind < 8) return send("POST", "/todo/" + todo + "/moveup", "{}");
    open.remove(todo);
    if (kind < 9) return send("POST", "/todo/" + todo + "/complete", "{\"completed_on\":\"2017-07-1" + kind + "\"}");
    return send("POST", "/todo/" + todo + "/abandon", "{\"abandoned_on\":\"2017-08-01\"}");
  }

  private long add() throws IOException, InterruptedException {
    UUID todo = UUID.randomUUID();
    open.add(todo);
    String due = random.nextBoolean() ? ",\"due_date\":\"2017-0" + (1 + random.nextInt(9)) + "-13\"" : "";
    String stakeholder = random.nextInt(4) == 0 ? ",\"stakeholder_email\":\"dillon@cia.gov\"" : "";
    return send("POST", "/todo/" + todo, "{\"title\":\"" + title() + "\"" + due + stakeholder + "}");
  }

  private String amendBody() {
    return switch (random.nextInt(3)) {
      case 0 -> "{\"title\":\"" + title() + "\"}";
      case 1 -> "{\"due_date\":\"2017-1" + random.nextInt(3) + "-01\",\"description\":\"Leg day.\"}";
      default -> "{\"due_date\":null}";
    };
  }

  private String title() {
    return TITLES[random.nextInt(TITLES.length)] + " #" + random.nextInt(1000);
  }

  private long send(String method, String path, String body) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.resolve(path)).timeout(TIMEOUT)
        .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      throw new AssertionError(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    return Long.parseLong(response.headers().firstValue("Todo-Position").orElseThrow());
  }

  /** {@code GET path} on the server; the status and body. */
  HttpResponse<String> get(String path) {
    try {
      return http.send(HttpRequest.newBuilder(server.resolve(path)).timeout(TIMEOUT).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException("GET " + path + " failed", e);
    }
  }
}
