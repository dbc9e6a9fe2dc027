package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.todo.events.TodoAdded;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MalformedBodyRequestTest {
  private static TodoApi api;
  private final UUID todoId = UUID.randomUUID();

  @BeforeAll
  static void start() {
    api = new TodoApi();
  }

  @AfterAll
  static void stop() throws Exception {
    api.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"title\": ", "[{\"title\": \"2000 squats\"}]", "\"2000 squats\"", "2000", "null", "true",
      "{\"title\": \"2000 squats\"} {}", "{\"title\": \"a\", \"title\": \"b\"}", "{'title': '2000 squats'}",
      "title=2000+squats", "{\"title\": \"2000\u0001squats\"}", "{\"title\": NaN}"})
  void a_body_that_is_not_a_json_object_is_invalid(String body) {
    HttpResponse<String> response = api.post("/todo/" + todoId, body);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("Bad Request: body is invalid");
    assertThat(api.events(todoId)).isEmpty();
  }

  @Test
  void a_body_that_is_not_utf_8_is_invalid() {
    byte[] broken = {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    byte[] overlongSlash = {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'};

    HttpResponse<String> brokenAnswer = api.send("POST", "/todo/" + todoId, BodyPublishers.ofByteArray(broken));
    HttpResponse<String> overlongAnswer = api.send("POST", "/todo/" + todoId, BodyPublishers.ofByteArray(overlongSlash));

    assertThat(brokenAnswer.body()).isEqualTo("Bad Request: body is invalid");
    assertThat(overlongAnswer.body()).isEqualTo("Bad Request: body is invalid");
    assertThat(api.events(todoId)).isEmpty();
  }

  @Test
  void a_body_nested_deeper_than_the_parser_allows_is_invalid() {
    String body = "{\"title\": \"2000 squats\", \"x\": " + "[".repeat(5000) + "]".repeat(5000) + "}";

    HttpResponse<String> response = api.post("/todo/" + todoId, body);

    assertThat(response.body()).isEqualTo("Bad Request: body is invalid");
  }

  @Test
  void a_number_longer_than_the_parser_allows_is_invalid_and_a_huge_title_number_is_a_wrong_type() {
    HttpResponse<String> tooLong = api.post("/todo/" + todoId, "{\"title\": " + "9".repeat(5000) + "}");
    HttpResponse<String> huge = api.post("/todo/" + todoId, "{\"title\": 1e999999999}");

    assertThat(tooLong.body()).isEqualTo("Bad Request: body is invalid");
    assertThat(huge.body()).isEqualTo("Bad Request: title is invalid");
  }

  @Test
  void an_empty_or_white_space_body_counts_as_an_empty_object() {
    assertThat(api.post("/todo/" + todoId, "").body()).isEqualTo("Bad Request: title is blank");
    assertThat(api.post("/todo/" + todoId, " \r\n\t").body()).isEqualTo("Bad Request: title is blank");
    assertThat(api.post("/todo/" + todoId, "{}").body()).isEqualTo("Bad Request: title is blank");
  }

  @Test
  void an_invalid_id_is_reported_before_an_invalid_body() {
    HttpResponse<String> response = api.post("/todo/squats", "{\"title\": ");

    assertThat(response.body()).isEqualTo("Bad Request: todo_id is invalid");
  }

  @Test
  void a_blank_title_is_reported_before_invalid_fields() {
    HttpResponse<String> response = api.post("/todo/" + todoId, "{\"due_date\": \"Monday\", \"description\": 5}");

    assertThat(response.body()).isEqualTo("Bad Request: title is blank");
  }

  @Test
  void invalid_fields_are_reported_in_the_order_title_description_due_date_stakeholder_email() {
    String body = "{\"title\": \"%s\", \"description\": %s, \"due_date\": \"Monday\", \"stakeholder_email\": 5}";

    assertThat(api.post("/todo/" + todoId, body.formatted("a".repeat(501), "5")).body())
        .isEqualTo("Bad Request: title is invalid");
    assertThat(api.post("/todo/" + todoId, body.formatted("2000 squats", "5")).body())
        .isEqualTo("Bad Request: description is invalid");
    assertThat(api.post("/todo/" + todoId, body.formatted("2000 squats", "\"Leg day.\"")).body())
        .isEqualTo("Bad Request: due_date is invalid");
  }

  @Test
  void a_text_postgresql_could_not_store_is_invalid_rather_than_a_server_error() {
    api.seed(todoId, new TodoAdded("2000 squats", null, null, null));

    HttpResponse<String> nul = api.put("/todo/" + todoId, "{\"description\": \"Leg\\u0000day\"}");
    HttpResponse<String> loneSurrogate = api.put("/todo/" + todoId, "{\"description\": \"Leg \\ud83d day\"}");

    assertThat(nul.body()).isEqualTo("Bad Request: description is invalid");
    assertThat(loneSurrogate.body()).isEqualTo("Bad Request: description is invalid");
    assertThat(api.events(todoId)).hasSize(1);
  }

  @Test
  void a_description_of_10000_characters_is_accepted_and_one_more_is_invalid() {
    String longest = "{\"title\": \"2000 squats\", \"description\": \"" + "d".repeat(10_000) + "\"}";
    String tooLong = "{\"title\": \"2000 squats\", \"description\": \"" + "d".repeat(10_001) + "\"}";

    HttpResponse<String> invalid = api.post("/todo/" + todoId, tooLong);
    HttpResponse<String> accepted = api.post("/todo/" + todoId, longest);

    assertThat(invalid.body()).isEqualTo("Bad Request: description is invalid");
    assertThat(accepted.statusCode()).isEqualTo(201);
  }
}
