package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.estodo.todo.TestServer;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ApiDocumentTest {
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
  private static final Pattern TEMPLATE_PARAMETER = Pattern.compile("\\{([^}]+)}");
  private static TestServer server;
  private final ApiDocument document = ApiDocument.load();

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Test
  void the_document_names_exactly_the_routes_the_server_registers() {

    Set<String> documented = new TreeSet<>();
    document.root().get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(key -> {
      if (METHODS.contains(key)) documented.add(key.toUpperCase() + " " + path.getKey());
    }));

    assertThat(documented).isEqualTo(new TreeSet<>(server.routes()));
  }

  @Test
  void get_openapi_json_serves_the_document_as_json() throws Exception {

    HttpResponse<byte[]> answer = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(server.uri("/openapi.json")).build(), HttpResponse.BodyHandlers.ofByteArray());

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
        assertThat(type).startsWith("application/json"));
    try (InputStream in = ApiDocumentTest.class.getResourceAsStream(ApiDocumentRoutes.RESOURCE)) {
      assertThat(answer.body()).isEqualTo(in.readAllBytes());
    }
  }

  @Test
  void the_document_is_openapi_3_1_with_info_and_paths() {

    JsonNode root = document.root();

    assertThat(root.path("openapi").asText()).matches("3\\.1\\.\\d+");
    assertThat(root.path("info").path("title").isTextual()).isTrue();
    assertThat(root.path("info").path("version").isTextual()).isTrue();
    assertThat(root.path("paths").isObject()).isTrue();
    root.get("paths").fieldNames().forEachRemaining(path -> assertThat(path).startsWith("/"));
  }

  @Test
  void every_ref_in_the_document_names_a_node_of_it() {

    List<String> refs = new ArrayList<>();
    collectRefs(document.root(), refs);

    assertThat(refs).isNotEmpty().allSatisfy(ref -> {
      assertThat(ref).startsWith("#/");
      assertThat(document.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
    });
  }

  @Test
  void every_operation_has_an_id_answers_and_declares_each_parameter_of_its_path() {
    Set<String> operationIds = new TreeSet<>();

    document.root().get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
      if (!METHODS.contains(entry.getKey())) return;
      JsonNode operation = entry.getValue();
      String name = entry.getKey() + " " + path.getKey();
      assertThat(operationIds.add(operation.path("operationId").asText())).as(name + " has a unique operationId").isTrue();
      assertThat(operation.path("responses").size()).as(name + " answers").isPositive();
      operation.get("responses").fieldNames().forEachRemaining(status -> assertThat(status).as(name).matches("[1-5]\\d\\d"));
      assertThat(pathParameters(path.getValue(), operation)).as(name).isEqualTo(templateParameters(path.getKey()));
    }));

  }

  @Test
  void every_schema_in_the_document_is_one_the_validator_can_use_and_means_what_it_says() {

    document.root().path("components").path("schemas").fieldNames().forEachRemaining(name ->
        assertThat(document.errors("/components/schemas/" + name, read("null"))).isNotNull());

    assertThat(document.errors("/components/schemas/Uuid", read("\"3f2504e0-4f89-11d3-9a0c-0305e82c3301\""))).isEmpty();
    assertThat(document.errors("/components/schemas/Uuid", read("\"not-a-uuid\""))).isNotEmpty();
    assertThat(document.errors("/components/schemas/AddTodo", read("{\"title\": \"2000 squats\", \"due_date\": null}")))
        .isEmpty();
    assertThat(document.errors("/components/schemas/AddTodo", read("{\"title\": \"   \"}"))).isNotEmpty();
  }

  private Set<String> pathParameters(JsonNode pathItem, JsonNode operation) {
    Set<String> names = new TreeSet<>();
    for (JsonNode parameters : List.of(pathItem.path("parameters"), operation.path("parameters"))) {
      parameters.forEach(parameter -> {
        JsonNode resolved = document.resolved(parameter);
        if (resolved.path("in").asText().equals("path")) {
          assertThat(resolved.path("required").asBoolean()).as(resolved.path("name").asText() + " is required").isTrue();
          names.add(resolved.path("name").asText());
        }
      });
    }
    return names;
  }

  private static Set<String> templateParameters(String path) {
    return TEMPLATE_PARAMETER.matcher(path).results().map(match -> match.group(1))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static void collectRefs(JsonNode node, List<String> refs) {
    if (node.has("$ref")) refs.add(node.get("$ref").asText());
    node.forEach(child -> collectRefs(child, refs));
  }

  private static JsonNode read(String json) {
    try {
      return new ObjectMapper().readTree(json);
    } catch (Exception e) {
      throw new IllegalArgumentException(json, e);
    }
  }
}
