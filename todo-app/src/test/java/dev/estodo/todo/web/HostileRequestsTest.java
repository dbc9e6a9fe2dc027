package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.todo.web.HostileRawRequests.Raw;
import dev.estodo.todo.web.HostileRequests.Hostile;
import java.net.URI;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostileRequestsTest {
  @Test
  void every_hostile_request_is_refused_with_a_message_and_writes_nothing() throws Exception {
    List<Hostile> requests = HostileRequests.generate();
    List<String> wrong = new ArrayList<>();

    try (TodoApi api = new TodoApi()) {
      for (Hostile request : requests) {
        HttpResponse<String> response = api.send(request.method(), request.path(), BodyPublishers.ofByteArray(request.body()));
        if (response.statusCode() < 400 || response.statusCode() > 499 || response.body().isBlank()) {
          wrong.add(response.statusCode() + " " + response.body() + " for " + request);
        }
      }

      assertThat(requests).hasSizeGreaterThanOrEqualTo(100);
      assertThat(wrong).isEmpty();
      assertThat(api.eventCount()).isZero();
    }
  }

  @Test
  void every_hostile_path_origin_host_and_method_is_refused_with_a_message_and_writes_nothing() throws Exception {
    List<Raw> requests = HostileRawRequests.generate();
    List<String> wrong = new ArrayList<>();

    try (TodoApi api = new TodoApi()) {
      URI server = api.server().uri("/");
      for (Raw request : requests) {
        String host = request.host() != null ? request.host() : server.getHost() + ":" + server.getPort();
        RawHttp.Response response = RawHttp.sendAs(host, server, request.method(), request.target(), request.body(),
            request.headers().toArray(String[]::new));
        boolean bodyExpected = !request.method().equals("HEAD");
        if (response.status() < 400 || response.status() > 499 || (bodyExpected && response.body().isBlank())
            || !"nosniff".equals(response.header("X-Content-Type-Options"))) {
          wrong.add(response.status() + " " + response.body() + " for " + request);
        }
      }

      assertThat(requests).hasSizeGreaterThanOrEqualTo(140);
      assertThat(wrong).isEmpty();
      assertThat(api.eventCount()).isZero();
    }
  }
}
