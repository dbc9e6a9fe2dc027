package dev.estodo.eventsourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import dev.estodo.eventsourcing.Workouts.Coach;
import dev.estodo.eventsourcing.Workouts.DoSets;
import dev.estodo.eventsourcing.Workouts.SetDone;
import dev.estodo.eventsourcing.Workouts.Workout;
import dev.estodo.eventsourcing.Workouts.WorkoutOver;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Round trips of a command with a cache of decider states: stream reads and appends, counted on real PostgreSQL. */
class CachedCommandHandlerTest {
  private final HikariDataSource dataSource = TestDatabase.freshDataSource();
  private final PostgresEventStore postgres = new PostgresEventStore(dataSource);
  private final CountingStore store = new CountingStore(postgres);
  private final EventTypes types = new EventTypes(new ObjectMapper())
      .register("set_done", SetDone.class)
      .register("workout_over", WorkoutOver.class);
  private final Coach coach = new Coach();
  private final CommandHandler<DoSets, Object, Workout> handler =
      new CommandHandler<>(store, types, coach, Object.class, 100);
  private final UUID arnold = UUID.randomUUID();

  @AfterEach
  void close() {
    postgres.close();
    dataSource.close();
  }

  @Test
  void a_command_after_one_this_handler_wrote_is_one_append_and_no_read() {
    handler.handle(arnold, new DoSets(List.of(500)), null);
    int readsBefore = store.reads.get();

    long position = handler.handle(arnold, new DoSets(List.of(700, 900)), null);

    assertThat(store.reads.get()).isEqualTo(readsBefore);
    assertThat(store.appends.get()).isEqualTo(2);
    assertThat(postgres.readStream(arnold)).extracting(StoredEvent::type)
        .containsExactly("set_done", "set_done", "set_done", "workout_over");
    assertThat(position).isEqualTo(postgres.readStream(arnold).get(3).position());
  }

  @Test
  void a_remembered_state_another_writer_made_stale_is_reloaded_and_decided_once_more() {
    handler.handle(arnold, new DoSets(List.of(1500)), null);
    postgres.append(arnold, 1, List.of(types.toData(new SetDone(400), null, null)));
    store.reads.set(0);

    handler.handle(arnold, new DoSets(List.of(100)), null);

    assertThat(store.reads.get()).isEqualTo(1);
    assertThat(postgres.readStream(arnold)).extracting(StoredEvent::type)
        .containsExactly("set_done", "set_done", "set_done", "workout_over");
    assertThat(postgres.readStream(arnold)).extracting(StoredEvent::version).containsExactly(1L, 2L, 3L, 4L);
  }

  @Test
  void a_conflict_after_the_reload_is_the_conflict() {
    handler.handle(arnold, new DoSets(List.of(100)), null);
    coach.duringDecide = () -> postgres.append(arnold, List.of(types.toData(new SetDone(2), null, null)));

    assertThatThrownBy(() -> handler.handle(arnold, new DoSets(List.of(200)), null))
        .isInstanceOfSatisfying(ConcurrencyException.class, conflict -> assertThat(conflict.expectedVersion()).isEqualTo(2));
    assertThat(store.reads.get()).isEqualTo(2);
    assertThat(postgres.readStream(arnold)).extracting(event -> event.body().toString())
        .containsExactly("{\"squats\":100}", "{\"squats\":2}", "{\"squats\":2}");
  }

  @Test
  void a_rejection_is_decided_on_the_loaded_stream_never_on_the_remembered_state() {
    handler.handle(arnold, new DoSets(List.of(2000)), null);
    int readsBefore = store.reads.get();

    assertThatThrownBy(() -> handler.handle(arnold, new DoSets(List.of(10)), null))
        .isInstanceOf(IllegalStateException.class).hasMessage("the workout is over");
    assertThat(store.reads.get()).isEqualTo(readsBefore + 1);
    assertThat(postgres.readStream(arnold)).hasSize(2);
  }

  @Test
  void a_decision_without_events_returns_the_latest_position_as_loaded() {
    handler.handle(arnold, new DoSets(List.of(100)), null);
    long reactorsPosition = postgres.append(arnold, List.of(types.toData(new SetDone(1), null, null)));

    long position = handler.handle(arnold, new DoSets(List.of()), null);

    assertThat(position).isEqualTo(reactorsPosition);
  }

  @Test
  void a_state_read_for_a_rejection_is_remembered_for_the_next_command() {
    postgres.append(arnold, 0, List.of(types.toData(new SetDone(300), null, null)));
    handler.handle(arnold, new DoSets(List.of()), null);
    store.reads.set(0);

    handler.handle(arnold, new DoSets(List.of(200)), null);

    assertThat(store.reads.get()).isZero();
    assertThat(postgres.readStream(arnold)).extracting(StoredEvent::version).containsExactly(1L, 2L);
  }

  @Test
  void without_a_cache_every_command_reads_its_stream() {
    var uncached = new CommandHandler<>(store, types, coach, Object.class, 0);
    uncached.handle(arnold, new DoSets(List.of(100)), null);

    uncached.handle(arnold, new DoSets(List.of(200)), null);

    assertThat(store.reads.get()).isEqualTo(2);
  }

  @Test
  void an_append_in_the_callers_transaction_is_not_remembered_so_a_rollback_leaves_no_trace() {
    handler.handle(arnold, new DoSets(List.of(100)), null);
    handler.handle(arnold, new DoSets(List.of(200)), null, (id, version, events) -> 42L);
    store.reads.set(0);

    handler.handle(arnold, new DoSets(List.of(300)), null);

    assertThat(store.reads.get()).isEqualTo(1);
    assertThat(postgres.readStream(arnold)).extracting(event -> event.body().toString())
        .containsExactly("{\"squats\":100}", "{\"squats\":300}");
  }

  @Test
  void an_append_that_failed_otherwise_forgets_the_state_as_its_outcome_is_unknown() {
    handler.handle(arnold, new DoSets(List.of(100)), null);
    store.nextAppendFails = new EventStoreUnavailableException("the database is unavailable", new SQLException("connection lost"));
    assertThatThrownBy(() -> handler.handle(arnold, new DoSets(List.of(200)), null))
        .isInstanceOf(EventStoreUnavailableException.class);
    store.reads.set(0);

    handler.handle(arnold, new DoSets(List.of(300)), null);

    assertThat(store.reads.get()).isEqualTo(1);
    assertThat(postgres.readStream(arnold)).extracting(StoredEvent::version).containsExactly(1L, 2L);
  }
}
