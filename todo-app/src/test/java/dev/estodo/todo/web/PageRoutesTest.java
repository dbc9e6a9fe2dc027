package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.todo.TestServer;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PageRoutesTest {
  private static TestServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Test
  void the_root_path_serves_the_web_page_under_a_policy_that_forbids_inline_and_foreign_scripts() throws Exception {

    HttpResponse<String> page = get("/");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html").contains("charset=utf-8"));
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
        assertThat(policy).contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'")
            .doesNotContain("unsafe-inline", "unsafe-eval"));
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(page.body()).contains("<script type=\"module\" src=\"/assets/app.js\"></script>")
        .doesNotContain("http://", "https://", "style=", "onclick=");
  }

  @Test
  void the_page_s_scripts_and_stylesheet_are_served_with_their_types() throws Exception {

    HttpResponse<String> script = get("/assets/app.js");
    HttpResponse<String> stylesheet = get("/assets/app.css");

    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/javascript").contains("charset=utf-8"));
    assertThat(script.body()).contains("from './api.js';").doesNotContain("innerHTML");
    assertThat(stylesheet.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/css").contains("charset=utf-8"));
    assertThat(stylesheet.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }

  @Test
  void no_script_of_the_page_writes_markup() throws Exception {
    for (String script : scripts()) {

      String source = get("/assets/" + script).body();

      assertThat(source).as(script)
          .doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(");
    }
  }

  @Test
  void an_unknown_asset_is_not_found() throws Exception {

    HttpResponse<String> missing = get("/assets/..%2Fsimplelogger.properties");

    assertThat(missing.statusCode()).isEqualTo(404);
  }

  // every script in the page's folder, so a new one is checked without being listed here
  private static List<String> scripts() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src", "main", "resources", "public"))) {
      List<String> names = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".js")).toList();
      assertThat(names).contains("app.js", "sentences.js");
      return names;
    }
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(server.uri(path)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
