package dev.estodo.eventsourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import dev.estodo.eventsourcing.Workouts.Coach;
import dev.estodo.eventsourcing.Workouts.DoSets;
import dev.estodo.eventsourcing.Workouts.SetDone;
import dev.estodo.eventsourcing.Workouts.SetsOnly;
import dev.estodo.eventsourcing.Workouts.Workout;
import dev.estodo.eventsourcing.Workouts.WorkoutOver;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CommandHandlerTest {
  private final HikariDataSource dataSource = TestDatabase.freshDataSource();
  private final PostgresEventStore store = new PostgresEventStore(dataSource);
  private final EventTypes types = new EventTypes(new ObjectMapper())
      .register("set_done", SetDone.class)
      .register("workout_over", WorkoutOver.class);
  private final Coach coach = new Coach();
  private final CommandHandler<DoSets, Object, Workout> handler =
      new CommandHandler<>(store, types, coach, Object.class);
  private final UUID arnold = UUID.randomUUID();

  @AfterEach
  void close() {
    store.close();
    dataSource.close();
  }

  @Test
  void the_decided_events_are_appended_in_order_and_the_last_position_returned() {
    long position = handler.handle(arnold, new DoSets(List.of(500, 700)), null);

    List<StoredEvent> stream = store.readStream(arnold);
    assertThat(stream).extracting(StoredEvent::type).containsExactly("set_done", "set_done");
    assertThat(stream).extracting(event -> event.body().toString())
        .containsExactly("{\"squats\":500}", "{\"squats\":700}");
    assertThat(position).isEqualTo(stream.get(1).position());
  }

  @Test
  void the_state_is_folded_from_the_stream_before_deciding() {
    handler.handle(arnold, new DoSets(List.of(1500)), null);

    handler.handle(arnold, new DoSets(List.of(400, 100, 300)), null);

    assertThat(store.readStream(arnold)).extracting(StoredEvent::type)
        .containsExactly("set_done", "set_done", "set_done", "workout_over");
    assertThat(store.readStream(arnold)).extracting(StoredEvent::version).containsExactly(1L, 2L, 3L, 4L);
  }

  @Test
  void every_event_carries_the_commands_correlation_id() {
    UUID correlation = UUID.randomUUID();

    handler.handle(arnold, new DoSets(List.of(100, 200)), correlation);

    assertThat(store.readStream(arnold)).extracting(StoredEvent::correlationId).containsOnly(correlation);
    assertThat(store.readStream(arnold)).extracting(StoredEvent::causationId).containsOnlyNulls();
  }

  @Test
  void a_decision_without_events_writes_nothing_and_returns_the_latest_position() {
    long first = handler.handle(arnold, new DoSets(List.of(100)), null);

    long position = handler.handle(arnold, new DoSets(List.of()), null);

    assertThat(position).isEqualTo(first);
    assertThat(store.readStream(arnold)).hasSize(1);
  }

  @Test
  void a_decision_without_events_on_an_empty_stream_returns_zero() {
    long position = handler.handle(arnold, new DoSets(List.of()), null);

    assertThat(position).isZero();
    assertThat(store.readStream(arnold)).isEmpty();
  }

  @Test
  void a_rejected_command_propagates_and_writes_nothing() {
    handler.handle(arnold, new DoSets(List.of(2000)), null);

    assertThatThrownBy(() -> handler.handle(arnold, new DoSets(List.of(10)), null))
        .isInstanceOf(IllegalStateException.class).hasMessage("the workout is over");
    assertThat(store.readStream(arnold)).hasSize(2);
  }

  @Test
  void a_write_by_someone_else_after_loading_fails_with_a_conflict() {
    handler.handle(arnold, new DoSets(List.of(100)), null);
    coach.duringDecide = () -> store.append(arnold, 1, List.of(types.toData(new SetDone(1), null, null)));

    assertThatThrownBy(() -> handler.handle(arnold, new DoSets(List.of(200)), null))
        .isInstanceOfSatisfying(ConcurrencyException.class, conflict -> {
          assertThat(conflict.aggregateId()).isEqualTo(arnold);
          assertThat(conflict.expectedVersion()).isEqualTo(1);
        });
    assertThat(store.readStream(arnold)).extracting(event -> event.body().toString())
        .containsExactly("{\"squats\":100}", "{\"squats\":1}");
  }

  @Test
  void a_stream_holding_an_event_the_decider_cannot_take_is_an_error() {
    handler.handle(arnold, new DoSets(List.of(2000)), null);
    CommandHandler<DoSets, SetDone, Workout> setsOnly = new CommandHandler<>(store, types, new SetsOnly(), SetDone.class);

    assertThatThrownBy(() -> setsOnly.handle(arnold, new DoSets(List.of(1)), null))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("workout_over");
    assertThat(store.readStream(arnold)).hasSize(2);
  }
}
