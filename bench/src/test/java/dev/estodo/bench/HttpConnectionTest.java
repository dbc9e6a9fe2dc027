package dev.estodo.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import dev.estodo.todo.web.CommandRoutes;
import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generator's own HTTP client against the real server in its own process. */
class HttpConnectionTest {
  private static final String ADD = "{\"title\":\"Get to the chopper\",\"description\":\"It's not a tumor.\"}";
  private static final int LOADED_SLOTS = 4;
  private static final int LOADED_PER_SLOT = 250;

  private static BenchDatabase database;
  private static EstodoProcess server;
  private static HikariDataSource pool;

  @BeforeAll
  static void start() throws Exception {
    String url = System.getenv("TEST_DATABASE_URL");
    database = BenchDatabase.start(url == null || url.isBlank() ? null : url);
    pool = database.fresh(2);
    server = EstodoProcess.start("serve", database.addressOf(pool));
    Loader.loadIds(pool, TodoIds.nonce(), LOADED_SLOTS, LOADED_PER_SLOT);
    Projected.await(server, pool);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    database.close();
  }

  @Test
  void an_add_answers_201_with_a_fixed_length_and_its_position_on_a_connection_kept_for_the_next() throws Exception {
    try (HttpConnection connection = connection()) {
      HttpAnswer first = connection.exchange(add(UUID.randomUUID()));
      HttpAnswer second = connection.exchange(add(UUID.randomUUID()));

      assertThat(first.status()).isEqualTo(201);
      assertThat(first.header("Content-Length")).contains("0");
      assertThat(first.body()).isEmpty();
      assertThat(Long.parseLong(second.header(CommandRoutes.POSITION_HEADER).orElseThrow()))
          .isGreaterThan(Long.parseLong(first.header(CommandRoutes.POSITION_HEADER).orElseThrow()));
      assertThat(connection.sockets()).isEqualTo(1);
      assertThat(connection.answers()).isEqualTo(2);
    }
  }

  @Test
  void a_list_too_large_to_buffer_comes_chunked_and_is_read_whole_before_the_next_request() throws Exception {
    // the adds of the tests before this one projected first, so that both reads see one list
    Projected.await(server, pool);
    try (HttpConnection connection = connection()) {
      HttpAnswer list = connection.exchange(get("/todos/outstanding"));
      HttpAnswer again = connection.exchange(get("/todos/outstanding"));

      assertThat(list.status()).isEqualTo(200);
      assertThat(list.header("Transfer-Encoding")).contains("chunked");
      assertThat(new ObjectMapper().readTree(list.body()).size()).isGreaterThanOrEqualTo(LOADED_SLOTS * LOADED_PER_SLOT);
      assertThat(again.status()).isEqualTo(200);
      assertThat(again.text()).isEqualTo(list.text());
      assertThat(connection.sockets()).isEqualTo(1);
    }
  }

  @Test
  void a_connection_idle_past_its_limit_is_reopened_before_the_server_could_close_it() throws Exception {
    try (HttpConnection connection = new HttpConnection("127.0.0.1", server.uri("/").getPort(), 0)) {
      HttpAnswer first = connection.exchange(add(UUID.randomUUID()));
      HttpAnswer second = connection.exchange(add(UUID.randomUUID()));

      assertThat(first.status()).isEqualTo(201);
      assertThat(second.status()).isEqualTo(201);
      assertThat(connection.sockets()).isEqualTo(2);
    }
  }

  @Test
  void a_400_is_read_as_such_and_leaves_the_connection_usable() throws Exception {
    try (HttpConnection connection = connection()) {
      HttpAnswer bad = connection.exchange(HttpRequestBytes.of("POST", "/todo/leg-day", host(), ADD));
      HttpAnswer good = connection.exchange(add(UUID.randomUUID()));

      assertThat(bad.status()).isEqualTo(400);
      assertThat(bad.text()).isEqualTo("Bad Request: todo_id is invalid");
      assertThat(good.status()).isEqualTo(201);
      assertThat(connection.sockets()).isEqualTo(1);
    }
  }

  @Test
  void the_generator_counts_a_4xx_as_an_error_never_as_a_measured_answer() throws Exception {
    try (LeanHttp http = new LeanHttp(server.base())) {
      UUID todo = UUID.randomUUID();
      http.send("POST", "/todo/" + todo, ADD, 201);

      LoadResult result = ClosedLoop.run(1, new Timing(Duration.ofMillis(100), Duration.ofMillis(300), 1),
          CpuMeter.none(), i -> () -> http.send("POST", "/todo/" + todo, ADD, 201));

      assertThat(result.count()).isZero();
      assertThat(result.errors()).isPositive();
      assertThat(result.firstError()).contains("answered 422 (expected 201)", "already exists");
      assertThat(http.connections()).isEqualTo(2);
    }
  }

  @Test
  void an_answer_from_something_that_is_not_http_1_1_fails_with_what_it_read() throws Exception {
    try (java.net.ServerSocket fake = new java.net.ServerSocket(0); HttpConnection connection =
        new HttpConnection("127.0.0.1", fake.getLocalPort())) {
      Thread answering = new Thread(() -> {
        try (var client = fake.accept()) {
          client.getInputStream().read(new byte[1024]);
          client.getOutputStream().write("HTTP/1.0 200 OK\r\n\r\n2000 squats".getBytes());
        } catch (IOException e) {
          // the test fails on the client's side if this does
        }
      });
      answering.start();

      assertThatThrownBy(() -> connection.exchange(get("/"))).isInstanceOf(IOException.class)
          .hasMessageContaining("not an HTTP/1.1 status line: HTTP/1.0 200 OK");
      answering.join();
    }
  }

  private static HttpConnection connection() {
    return new HttpConnection("127.0.0.1", server.uri("/").getPort());
  }

  private static byte[] add(UUID todo) {
    return HttpRequestBytes.of("POST", "/todo/" + todo, host(), ADD);
  }

  private static byte[] get(String path) {
    return HttpRequestBytes.of("GET", path, host(), null);
  }

  private static String host() {
    return "127.0.0.1:" + server.uri("/").getPort();
  }
}
