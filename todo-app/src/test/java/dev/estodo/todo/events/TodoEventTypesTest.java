package dev.estodo.todo.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.estodo.eventsourcing.EventData;
import dev.estodo.eventsourcing.EventTypes;
import dev.estodo.eventsourcing.StoredEvent;
import dev.estodo.todo.Json;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TodoEventTypesTest {
  private final EventTypes types = TodoEventTypes.registry();

  @Test
  void the_stored_names_are_the_originals() {
    assertThat(types.registered()).isEqualTo(Map.of(
        "todo_added", TodoAdded.class,
        "todo_amended", TodoAmended.class,
        "todo_completed", TodoCompleted.class,
        "todo_abandoned", TodoAbandoned.class,
        "todo_moved_up", TodoMovedUp.class,
        "stakeholder_notified_of_todo_completion", StakeholderNotifiedOfTodoCompletion.class));
  }

  @Test
  void every_todo_event_has_a_stored_name() {
    assertThat(types.registered().values())
        .containsExactlyInAnyOrder(Arrays.stream(TodoEvent.class.getPermittedSubclasses()).toArray(Class[]::new));
  }

  @Test
  void an_added_todo_stores_every_field_given() {
    TodoAdded added = new TodoAdded("2000 squats", "Leg day.", "2017-07-13", "the-governator@example.com");

    assertStoredAs(added, "{\"title\":\"2000 squats\",\"description\":\"Leg day.\","
        + "\"due_date\":\"2017-07-13\",\"stakeholder_email\":\"the-governator@example.com\"}");
  }

  @Test
  void an_added_todo_leaves_out_the_fields_not_given() {
    assertStoredAs(new TodoAdded("Get to the chopper", null, null, null), "{\"title\":\"Get to the chopper\"}");
  }

  @Test
  void an_amendment_stores_only_the_fields_given() {
    TodoAmended amended = new TodoAmended(null, Optional.of("It IS leg day!"), null, null);

    assertStoredAs(amended, "{\"description\":\"It IS leg day!\"}");
  }

  @Test
  void an_amendment_keeps_an_explicit_null_and_leaves_out_absent_fields() {
    TodoAmended amended = new TodoAmended(Optional.of("2000 squats"), null, Optional.empty(), Optional.empty());

    assertStoredAs(amended, "{\"title\":\"2000 squats\",\"due_date\":null,\"stakeholder_email\":null}");
  }

  @Test
  void an_amendment_without_fields_is_an_empty_body() {
    assertStoredAs(new TodoAmended(null, null, null, null), "{}");
  }

  @Test
  void the_other_events_store_their_dates_as_given() {
    assertStoredAs(new TodoCompleted("2017-07-13"), "{\"completed_on\":\"2017-07-13\"}");
    assertStoredAs(new TodoAbandoned("2017-07-13T10:30:00+10:00"), "{\"abandoned_on\":\"2017-07-13T10:30:00+10:00\"}");
    assertStoredAs(new TodoMovedUp(), "{}");
    assertStoredAs(new StakeholderNotifiedOfTodoCompletion("2017-06-12T14:00:00+00:00"),
        "{\"notified_on\":\"2017-06-12T14:00:00+00:00\"}");
  }

  @Test
  void an_amendment_read_back_tells_a_cleared_field_from_an_absent_one() throws Exception {
    Object event = types.toEvent(stored("todo_amended", Json.mapper().readTree("{\"due_date\":null}")));

    assertThat(event).isEqualTo(new TodoAmended(null, null, Optional.empty(), null));
  }

  @Test
  void an_added_todo_of_the_original_app_reads_with_its_missing_fields_as_null() throws Exception {
    Object event = types.toEvent(stored("todo_added", Json.mapper().readTree("{\"title\":\"Bicep curls for days\"}")));

    assertThat(event).isEqualTo(new TodoAdded("Bicep curls for days", null, null, null));
  }

  private void assertStoredAs(TodoEvent event, String json) {
    EventData data = types.toData(event, null, null);

    assertThat(data.body().toString()).isEqualTo(json);
    assertThat(types.toEvent(stored(data.type(), data.body()))).isEqualTo(event);
  }

  private static StoredEvent stored(String type, JsonNode body) {
    return new StoredEvent(1, 1, UUID.randomUUID(), UUID.randomUUID(), 1, type, body, null, null, Instant.now());
  }
}
