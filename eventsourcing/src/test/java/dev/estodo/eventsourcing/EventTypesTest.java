package dev.estodo.eventsourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventTypesTest {
  record SquatsDone(@JsonProperty("squat_count") int squatCount) {}

  private final ObjectMapper json = new ObjectMapper();
  private final EventTypes types = new EventTypes(json).register("squats_done", SquatsDone.class);

  @Test
  void a_registered_event_round_trips_under_its_stored_name() {
    EventData data = types.toData(new SquatsDone(2000), null, null);

    assertThat(data.type()).isEqualTo("squats_done");
    assertThat(data.body().toString()).isEqualTo("{\"squat_count\":2000}");
    assertThat(types.toEvent(stored("squats_done", data.body()))).isEqualTo(new SquatsDone(2000));
  }

  @Test
  void an_unknown_stored_type_reads_as_a_generic_event() throws Exception {
    JsonNode body = json.readTree("{\"target\":\"Sarah Connor\"}");

    assertThat(types.toEvent(stored("terminator_sent", body))).isEqualTo(new UnknownEvent("terminator_sent", body));
  }

  @Test
  void an_upcaster_turns_an_old_shape_into_the_current_one() throws Exception {
    types.upcast("squats_done", old -> json.createObjectNode().put("squat_count", old.get("count").asInt()));

    Object event = types.toEvent(stored("squats_done", json.readTree("{\"count\":50}")));

    assertThat(event).isEqualTo(new SquatsDone(50));
  }

  @Test
  void an_unregistered_class_cannot_be_stored() {
    assertThatThrownBy(() -> types.toData("I'll be back", null, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not registered");
  }

  private static StoredEvent stored(String type, JsonNode body) {
    return new StoredEvent(1, 1, UUID.randomUUID(), UUID.randomUUID(), 1, type, body, null, null, Instant.now());
  }
}
