package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.estodo.todo.web.ReadmeExamples.Exchange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's example requests and answers, read from its text, validate against the OpenAPI document. */
class ReadmeExamplesTest {
  private static final Map<String, String> CLI_COMMANDS = Map.of("Adding", "/paths/~1todo~1{id}/post",
      "Amending", "/paths/~1todo~1{id}/put", "Completing", "/paths/~1todo~1{id}~1complete/post",
      "Abandoning", "/paths/~1todo~1{id}~1abandon/post", "Moving up", "/paths/~1todo~1{id}~1moveup/post");
  private static final Pattern CLI_BODY =
      Pattern.compile("(?m)^(Adding|Amending|Completing|Abandoning|Moving up) todo \\[[^\\]]+\\]: (\\{.*\\})$");
  private static final String BODY_SCHEMA = "/requestBody/content/application~1json/schema";
  private static final String LIST = "/paths/~1todos~1scheduled/get/responses/200";
  private static final String HEALTH = "/paths/~1health/get/responses/200/content/application~1json/schema";

  private final ApiDocument document = ApiDocument.load();
  private final ReadmeExamples readme = ReadmeExamples.read();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void every_curl_request_and_answer_in_the_readme_matches_the_document() {
    List<Exchange> exchanges = ReadmeExamples.curlExchanges(readme.firstBlockAfter("## Using it: curl"));

    List<String> problems = new ArrayList<>();
    exchanges.forEach(exchange -> problems.addAll(new ExchangeCheck(document, exchange).problems()));

    assertThat(exchanges).hasSize(9);
    assertThat(exchanges).extracting(Exchange::status).contains(201, 200, 400, 422);
    assertThat(problems).isEmpty();
  }

  @Test
  void an_answer_that_departs_from_the_document_is_caught() {
    Exchange added = ReadmeExamples.curlExchanges(readme.firstBlockAfter("## Using it: curl")).get(0);
    Map<String, String> badPosition = new HashMap<>(added.responseHeaders());
    badPosition.put("Todo-Position", "first");

    List<String> problems = new ExchangeCheck(document, new Exchange(added.command(), added.method(), added.target(),
        "{\"title\": \"   \"}", Map.of(), 201, badPosition, "Get to the chopper")).problems();

    assertThat(String.join("\n", problems)).contains("request body", "answer header Todo-Position", "answer type");
  }

  @Test
  void the_bodies_the_command_line_examples_send_are_the_documented_bodies() throws Exception {
    List<String[]> bodies = readme.matches(CLI_BODY);

    List<String> problems = new ArrayList<>();
    for (String[] body : bodies) {
      document.errors(CLI_COMMANDS.get(body[0]) + BODY_SCHEMA, json.readTree(body[1]))
          .forEach(error -> problems.add(body[0] + " " + body[1] + ": " + error));
    }

    assertThat(bodies).extracting(body -> body[0]).contains("Adding", "Amending", "Completing", "Abandoning", "Moving up");
    assertThat(problems).isEmpty();
  }

  @Test
  void the_list_the_command_line_example_prints_is_the_documented_list() throws Exception {
    String block = readme.firstBlockAfter("## Using it: the command line");
    String list = block.substring(block.indexOf("Scheduled todos\n") + "Scheduled todos\n".length(),
        block.indexOf("\n]\n", block.indexOf("Scheduled todos")) + 2);

    JsonNode rows = json.readTree(list);

    assertThat(rows).hasSize(1);
    assertThat(document.errors(document.follow(LIST) + "/content/application~1json/schema", rows)).isEmpty();
  }

  @Test
  void the_health_answer_in_the_readme_is_the_documented_one() throws Exception {
    String shown = readme.blocksAfterLinesEndingIn("one\n  processor shown of the four:").get(0);

    JsonNode health = json.readTree(shown.replace("}, ...", "}"));

    assertThat(health.path("processors")).hasSize(1);
    assertThat(document.errors(HEALTH, health)).isEmpty();
  }

  @Test
  void the_idempotency_key_the_readme_shows_is_one_the_document_allows() {
    List<String[]> keys = readme.matches(Pattern.compile("`(Idempotency-Key): ([^`]+)`"));

    assertThat(keys).isNotEmpty().allSatisfy(key -> assertThat(
        document.errors("/components/parameters/IdempotencyKey/schema", TextNode.valueOf(key[1]))).isEmpty());
    assertThat(document.errors("/components/parameters/IdempotencyKey/schema", TextNode.valueOf("\"\""))).isNotEmpty();
  }
}
