package dev.estodo.eventsourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every {@link EventStore} does. Each implementation's test extends this class. */
public abstract class EventStoreContract {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A store with no events in it, fresh for each test. */
  protected abstract EventStore store();

  /** An event of {@code type} with the JSON body {@code json} and a new id. */
  public static EventData event(String type, String json) {
    return event(type, json, null, null);
  }

  /** An event of {@code type} with the JSON body {@code json}, caused by and correlated with the ids given. */
  public static EventData event(String type, String json, UUID correlationId, UUID causationId) {
    try {
      return new EventData(UUID.randomUUID(), type, JSON.readTree(json), correlationId, causationId);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  @Test
  void a_new_aggregate_starts_at_version_one() {
    UUID todo = UUID.randomUUID();

    store().append(todo, 0, List.of(event("todo_added", "{\"title\":\"2000 squats\"}")));

    assertThat(store().readStream(todo)).extracting(StoredEvent::version).containsExactly(1L);
  }

  @Test
  void several_events_append_in_order_and_keep_their_parts() {
    UUID todo = UUID.randomUUID();
    UUID correlation = UUID.randomUUID();
    UUID cause = UUID.randomUUID();
    EventData added = event("todo_added", "{\"title\":\"Get to the chopper\",\"due_date\":null}", correlation, cause);
    EventData amended = event("todo_amended", "{\"description\":\"It IS leg day!\"}");

    long position = store().append(todo, 0, List.of(added, amended));

    List<StoredEvent> stream = store().readStream(todo);
    assertThat(stream).extracting(StoredEvent::version).containsExactly(1L, 2L);
    assertThat(stream.get(1).position()).isEqualTo(position).isGreaterThan(stream.get(0).position());
    StoredEvent first = stream.get(0);
    assertThat(first.id()).isEqualTo(added.id());
    assertThat(first.aggregateId()).isEqualTo(todo);
    assertThat(first.type()).isEqualTo("todo_added");
    assertThat(first.body()).isEqualTo(added.body());
    assertThat(first.correlationId()).isEqualTo(correlation);
    assertThat(first.causationId()).isEqualTo(cause);
    assertThat(first.createdAt()).isNotNull();
  }

  @Test
  void a_stale_expected_version_is_a_conflict_and_writes_nothing() {
    UUID todo = UUID.randomUUID();
    store().append(todo, 0, List.of(event("todo_added", "{}")));

    assertThatThrownBy(() -> store().append(todo, 0, List.of(event("todo_added", "{}"), event("todo_completed", "{}"))))
        .isInstanceOf(ConcurrencyException.class)
        .hasMessageContaining("expected version 0, found 1");

    assertThat(store().readStream(todo)).hasSize(1);
  }

  @Test
  void an_expected_version_ahead_of_the_stream_is_a_conflict() {
    UUID todo = UUID.randomUUID();

    assertThatThrownBy(() -> store().append(todo, 3, List.of(event("todo_added", "{}"))))
        .isInstanceOfSatisfying(ConcurrencyException.class, e -> {
          assertThat(e.expectedVersion()).isEqualTo(3);
          assertThat(e.actualVersion()).isEqualTo(0);
        });
    assertThat(store().readStream(todo)).isEmpty();
  }

  @Test
  void an_append_without_expected_version_goes_after_the_last_event() {
    UUID todo = UUID.randomUUID();
    store().append(todo, 0, List.of(event("todo_added", "{}"), event("todo_completed", "{}")));

    store().append(todo, List.of(event("stakeholder_notified_of_todo_completion", "{}")));

    assertThat(store().readStream(todo)).extracting(StoredEvent::version).containsExactly(1L, 2L, 3L);
  }

  @Test
  void an_unknown_stream_is_empty() {
    assertThat(store().readStream(UUID.randomUUID())).isEmpty();
  }

  @Test
  void followers_read_every_event_once_in_batches() {
    List<UUID> appended = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      EventData added = event("todo_added", "{\"title\":\"squat " + i + "\"}");
      store().append(UUID.randomUUID(), 0, List.of(added));
      appended.add(added.id());
    }

    List<UUID> read = new ArrayList<>();
    Checkpoint checkpoint = Checkpoint.START;
    for (EventBatch batch = store().readAfter(checkpoint, 10); !batch.isEmpty(); batch = store().readAfter(checkpoint, 10)) {
      assertThat(batch.events()).hasSizeLessThanOrEqualTo(10);
      batch.events().forEach(e -> read.add(e.id()));
      checkpoint = batch.events().get(batch.events().size() - 1).checkpoint();
    }

    assertThat(read).containsExactlyElementsOf(appended);
  }

  @Test
  void the_checkpoint_of_a_position_is_where_its_event_is_read() {
    long position = store().append(UUID.randomUUID(), 0, List.of(event("todo_added", "{}")));

    Checkpoint checkpoint = store().checkpointOf(position);

    StoredEvent read = store().readAfter(Checkpoint.START, 1000).events().stream()
        .filter(e -> e.position() == position).findFirst().orElseThrow();
    assertThat(checkpoint).isEqualTo(read.checkpoint());
    assertThat(store().checkpointOf(position + 1000)).isNull();
  }

  @Test
  void listeners_hear_of_appends() throws Exception {
    CountDownLatch heard = new CountDownLatch(1);
    AutoCloseable subscription = store().onAppend(heard::countDown);
    try {
      store().append(UUID.randomUUID(), 0, List.of(event("todo_added", "{}")));

      assertThat(heard.await(5, TimeUnit.SECONDS)).isTrue();
    } finally {
      subscription.close();
    }
  }
}
