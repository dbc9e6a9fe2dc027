package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.todo.TestServer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class PageRoutesTest {
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void the_root_path_serves_the_web_page() throws Exception {
    try (TestServer server = TestServer.start()) {

      HttpResponse<String> page = http.send(HttpRequest.newBuilder(server.uri("/")).build(),
          HttpResponse.BodyHandlers.ofString());

      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    }
  }
}
