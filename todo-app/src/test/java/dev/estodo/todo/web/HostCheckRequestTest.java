package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.estodo.todo.Application;
import dev.estodo.todo.TestServer;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HostCheckRequestTest {
  private static final String REFUSED = "Misdirected Request: Host is not one of this server's names; ALLOWED_HOSTS adds names";
  private static TodoApi api;
  private static URI server;

  @BeforeAll
  static void start() {
    api = new TodoApi();
    server = api.server().uri("/");
  }

  @AfterAll
  static void stop() throws Exception {
    api.close();
  }

  @Test
  void a_server_on_loopback_answers_to_loopback_names() {
    for (String host : List.of("127.0.0.1", "127.0.0.1:3000", "localhost", "LOCALHOST:8080", "localhost.", "todo.localhost",
        "127.1.2.3", "[::1]", "[::1]:3000")) {

      RawHttp.Response response = RawHttp.sendAs(host, server, "GET", "/todos/outstanding", "");

      assertThat(response.status()).as(host).isEqualTo(200);
    }
  }

  @Test
  void a_server_on_loopback_refuses_another_name_and_writes_nothing() {
    for (String host : List.of("evil.example", "evil.example:" + server.getPort(), "localhost.evil.example",
        "127.0.0.1.evil.example", "10.0.0.5", "[::2]")) {

      RawHttp.Response read = RawHttp.sendAs(host, server, "GET", "/todos/outstanding", "");
      RawHttp.Response write = RawHttp.sendAs(host, server, "POST", "/todo/" + UUID.randomUUID(), "{\"title\": \"2000 squats\"}");

      assertThat(read.status()).as(host).isEqualTo(421);
      assertThat(read.body()).isEqualTo(REFUSED);
      assertThat(read.header("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(write.status()).as(host).isEqualTo(421);
    }
    assertThat(api.eventCount()).isZero();
  }

  @Test
  void the_page_is_refused_under_another_name_in_problem_details_when_asked() {

    RawHttp.Response response = RawHttp.sendAs("evil.example", server, "GET", "/", "", "Accept: application/problem+json");

    assertThat(response.status()).isEqualTo(421);
    assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
    assertThat(response.body()).contains("\"title\":\"Misdirected Request\"", "\"status\":421");
  }

  @Test
  void allowed_hosts_add_names_to_the_loopback_ones() throws Exception {
    HikariDataSource dataSource = TestServer.freshDataSource();
    try (Application application = Application.on(dataSource, dataSource);
        WebServer web = application.webServer().allowHosts(List.of("todo.example.com", "10.0.0.5")).start("127.0.0.1", 0)) {
      URI proxied = URI.create("http://127.0.0.1:" + web.port() + "/");

      assertThat(RawHttp.sendAs("todo.example.com", proxied, "GET", "/health", "").status()).isEqualTo(200);
      assertThat(RawHttp.sendAs("TODO.example.com:443", proxied, "GET", "/health", "").status()).isEqualTo(200);
      assertThat(RawHttp.sendAs("10.0.0.5", proxied, "GET", "/health", "").status()).isEqualTo(200);
      assertThat(RawHttp.sendAs("localhost", proxied, "GET", "/health", "").status()).isEqualTo(200);
      assertThat(RawHttp.sendAs("evil.example", proxied, "GET", "/health", "").status()).isEqualTo(421);
      assertThat(RawHttp.sendAs("sub.todo.example.com", proxied, "GET", "/health", "").status()).isEqualTo(421);
    }
  }

  @Test
  void a_server_on_another_address_checks_only_when_names_are_allowed() {
    assertThat(HostCheck.forServer("0.0.0.0", List.of())).isEmpty();
    assertThat(HostCheck.forServer("0.0.0.0", List.of("todo.example.com"))).isPresent();
    assertThat(HostCheck.forServer("127.0.0.1", List.of())).isPresent();
    assertThat(HostCheck.forServer("::1", List.of())).isPresent();
    assertThat(HostCheck.forServer("localhost", List.of())).isPresent();
  }
}
