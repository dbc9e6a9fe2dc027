package dev.estodo.todo.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.estodo.todo.Json;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistorySentencesTest {
  private final HistorySentences history = new HistorySentences();

  @Test
  void an_add_names_the_title_then_the_due_date_the_stakeholder_and_the_description() {
    String sentence = history.next("todo_added", body("{\"title\": \"Get to the chopper\", \"description\": \"Now\","
        + " \"due_date\": \"2017-01-01\", \"stakeholder_email\": \"dillon@cia.gov\"}"));

    assertThat(sentence).isEqualTo(
        "Added \"Get to the chopper\", due 1 Jan 2017, stakeholder dillon@cia.gov, description \"Now\"");
  }

  @Test
  void an_add_names_only_what_it_gave_and_reads_a_date_time_as_its_date() {
    assertThat(history.next("todo_added", body("{\"title\": \"2000 squats\", \"due_date\": \"2017-07-13T09:00:00Z\"}")))
        .isEqualTo("Added \"2000 squats\", due 13 Jul 2017");
    assertThat(new HistorySentences().next("todo_added", body("{}"))).isEqualTo("Added (no title)");
  }

  @Test
  void titles_and_descriptions_are_quoted_as_given_without_escaping() {
    assertThat(history.next("todo_added", body("{\"title\": \"Say \\\"hi\\\" to Dillon\"}")))
        .isEqualTo("Added \"Say \"hi\" to Dillon\"");
  }

  @Test
  void an_amendment_says_what_each_text_field_was_before() {
    history.next("todo_added", body("{\"title\": \"A\", \"description\": \"Quick\"}"));

    assertThat(sentences("{\"title\": \"B\"}", "{\"title\": \"B\"}", "{\"title\": null}", "{\"title\": \"C\"}"))
        .containsExactly("Title changed from \"A\" to \"B\"", "Title unchanged (\"B\")", "Title removed",
            "Title set to \"C\"");
    assertThat(sentences("{\"description\": \"Slow\"}", "{\"description\": \"Slow\"}", "{\"description\": null}",
        "{\"description\": \"Again\"}"))
        .containsExactly("Description changed from \"Quick\" to \"Slow\"", "Description unchanged (\"Slow\")",
            "Description removed", "Description set to \"Again\"");
  }

  @Test
  void an_amendment_says_what_the_due_date_and_the_stakeholder_were_before() {
    history.next("todo_added", body("{\"title\": \"2000 squats\", \"due_date\": \"2017-01-01\"}"));

    assertThat(sentences("{\"due_date\": \"2017-01-02\"}", "{\"due_date\": \"2017-01-02\"}", "{\"due_date\": null}",
        "{\"due_date\": \"2017-07-13\"}"))
        .containsExactly("Due date changed from 1 Jan 2017 to 2 Jan 2017", "Due date unchanged (2 Jan 2017)",
            "Due date removed", "Due date set to 13 Jul 2017");
    assertThat(sentences("{\"stakeholder_email\": \"a@x\"}", "{\"stakeholder_email\": \"b@y\"}",
        "{\"stakeholder_email\": \"b@y\"}", "{\"stakeholder_email\": null}"))
        .containsExactly("Stakeholder set to a@x", "Stakeholder changed from a@x to b@y", "Stakeholder unchanged (b@y)",
            "Stakeholder removed");
  }

  @Test
  void an_amendment_of_several_fields_joins_them_in_the_order_title_description_due_date_stakeholder() {
    history.next("todo_added", body("{\"title\": \"A\"}"));

    String sentence = history.next("todo_amended", body(
        "{\"stakeholder_email\": \"dillon@cia.gov\", \"due_date\": \"2017-01-01\", \"description\": null, \"title\": \"B\"}"));

    assertThat(sentence).isEqualTo(
        "Title changed from \"A\" to \"B\"; Description removed; Due date set to 1 Jan 2017; Stakeholder set to dillon@cia.gov");
  }

  @Test
  void an_amendment_with_no_field_changed_nothing() {
    history.next("todo_added", body("{\"title\": \"A\"}"));

    assertThat(history.next("todo_amended", body("{}"))).isEqualTo("Amended (nothing changed)");
  }

  @Test
  void moves_completions_abandons_and_notifications_read_as_sentences() {
    assertThat(history.next("todo_moved_up", body("{}"))).isEqualTo("Moved up");
    assertThat(history.next("todo_completed", body("{\"completed_on\": \"2017-07-13\"}"))).isEqualTo("Completed on 13 Jul 2017");
    assertThat(history.next("todo_abandoned", body("{\"abandoned_on\": \"2017-07-13T12:00:00+02:00\"}")))
        .isEqualTo("Abandoned on 13 Jul 2017");
    assertThat(history.next("stakeholder_notified_of_todo_completion", body("{\"notified_on\": \"2017-07-13T14:00:00+00:00\"}")))
        .isEqualTo("Stakeholder notified by email (caused by the completion)");
  }

  @Test
  void an_event_of_any_other_type_is_named_by_its_type() {
    assertThat(history.next("todo_renamed_by_the_chopper", body("{\"title\": \"B\"}"))).isEqualTo("Event todo_renamed_by_the_chopper");
  }

  private List<String> sentences(String... amendments) {
    return List.of(amendments).stream().map(amendment -> history.next("todo_amended", body(amendment))).toList();
  }

  private static JsonNode body(String json) {
    try {
      return Json.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
