package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FramingErrorsRequestTest {
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
  void a_request_line_jetty_cannot_read_is_a_plain_bad_request_with_nosniff() {

    RawHttp.Response response = RawHttp.parse(RawHttp.exchange(server, "GET\r\n\r\n"));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.header("Content-Type")).isEqualTo("text/plain; charset=utf-8");
    assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
  }

  @Test
  void a_target_too_long_and_an_unknown_version_are_refused_with_nosniff() {

    RawHttp.Response tooLong = RawHttp.send(server, "GET", "/todos/" + "a".repeat(20_000), "");
    RawHttp.Response version = RawHttp.parse(RawHttp.exchange(server, "GET / HTTP/1.7\r\nHost: localhost\r\n\r\n"));

    assertThat(tooLong.status()).isEqualTo(414);
    assertThat(tooLong.body()).isEqualTo("URI Too Long");
    assertThat(tooLong.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(version.status()).isEqualTo(505);
    assertThat(version.header("X-Content-Type-Options")).isEqualTo("nosniff");
  }

  @Test
  void headers_too_large_are_refused_in_problem_details_when_the_accept_header_came_first() {

    RawHttp.Response response = RawHttp.send(server, "GET", "/", "", "Accept: application/problem+json",
        "X-Squats: " + "2000 ".repeat(4000));

    assertThat(response.status()).isEqualTo(431);
    assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
    assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(response.body()).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Request Header Fields Too Large\","
        + "\"status\":431,\"detail\":\"Request Header Fields Too Large\"}");
  }

  @Test
  void bad_framing_honours_the_weights_of_accept() {
    String request = "POST /todo/3f2504e0-4f89-11d3-9a0c-0305e82c3301 HTTP/1.1\r\nHost: localhost\r\nAccept: %s\r\n"
        + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n";

    RawHttp.Response problem = RawHttp.parse(RawHttp.exchange(server, request.formatted("application/problem+json")));
    RawHttp.Response plain = RawHttp.parse(RawHttp.exchange(server, request.formatted("application/problem+json;q=0")));

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.body()).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
        + "\"detail\":\"Transfer-Encoding and Content-Length\"}");
    assertThat(plain.body()).isEqualTo("Bad Request: Transfer-Encoding and Content-Length");
    assertThat(plain.header("X-Content-Type-Options")).isEqualTo("nosniff");
  }

  @Test
  void a_slow_or_too_large_request_jetty_refuses_gets_the_same_shape() {
    for (int status : new int[] {408, 413}) {
      HttpFields.Mutable fields = HttpFields.build();

      ByteBuffer body = new PlainErrorHandler().badMessageError(status, null, fields);

      assertThat(fields.get("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(fields.get("Content-Type")).isEqualTo("text/plain; charset=utf-8");
      assertThat(StandardCharsets.UTF_8.decode(body).toString()).isEqualTo(status == 408 ? "Request Timeout" : "Payload Too Large");
    }
  }
}
