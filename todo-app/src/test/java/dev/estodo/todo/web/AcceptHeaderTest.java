package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcceptHeaderTest {
  @ParameterizedTest(name = "{0} -> problem details: {1}")
  @CsvSource(delimiter = '|', value = {
      "application/problem+json                                   | true",
      "application/json, application/problem+json                 | true",
      "APPLICATION/PROBLEM+JSON; charset=utf-8                    | true",
      "*/*, application/problem+json                              | true",
      "application/problem+json;q=0                               | false",
      "application/problem+json; q=0.000                          | false",
      "application/problem+json;q=0.001                           | true",
      "text/plain, application/problem+json;q=0.5                 | false",
      "text/plain;q=0.4, application/problem+json;q=0.5           | true",
      "text/*;q=0.9, application/problem+json;q=0.8               | false",
      "text/plain;q=0.1, */*;q=1, application/problem+json;q=0.5  | true",
      "application/problem+json;q=2                               | false",
      "application/problem+json;q=abc                             | false",
      "application/problem+json;q=                                | false",
      "*/*                                                        | false",
      "application/*                                              | false",
      "application/problem+jsonx                                  | false",
      "''                                                         | false",
      "';;;,,,q=1'                                                | false"})
  void problem_details_go_to_a_client_that_names_them_with_a_weight_above_plain_text(String accept, boolean problem) {

    boolean chosen = AcceptHeader.prefersProblemJson(accept);

    assertThat(chosen).isEqualTo(problem);
  }

  @Test
  void no_accept_header_is_plain_text() {
    assertThat(AcceptHeader.prefersProblemJson(null)).isFalse();
  }

  @Test
  void a_client_that_gives_problem_details_no_weight_gets_plain_text_from_the_server() throws Exception {
    try (TodoApi api = new TodoApi()) {

      HttpResponse<String> refused = api.send("POST", "/todo/not-a-uuid", BodyPublishers.ofString("{\"title\": \"2000 squats\"}"),
          "Accept", "application/problem+json;q=0, text/plain;q=0.5");
      HttpResponse<String> asked = api.send("POST", "/todo/not-a-uuid", BodyPublishers.ofString("{\"title\": \"2000 squats\"}"),
          "Accept", "text/plain;q=0.5, application/problem+json;q=0.9");

      assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
      assertThat(refused.body()).isEqualTo("Bad Request: todo_id is invalid");
      assertThat(asked.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }
  }
}
