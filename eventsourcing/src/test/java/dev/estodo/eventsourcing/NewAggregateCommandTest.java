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
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A command that starts an aggregate: no read for a new one, the loaded stream for one that was there. */
class NewAggregateCommandTest {
  private final HikariDataSource dataSource = TestDatabase.freshDataSource();
  private final PostgresEventStore postgres = new PostgresEventStore(dataSource);
  private final CountingStore store = new CountingStore(postgres);
  private final EventTypes types = new EventTypes(new ObjectMapper())
      .register("set_done", SetDone.class)
      .register("workout_over", WorkoutOver.class);
  private final CommandHandler<DoSets, Object, Workout> handler =
      new CommandHandler<>(store, types, new Coach(), Object.class, 100);
  private final UUID arnold = UUID.randomUUID();

  @AfterEach
  void close() {
    postgres.close();
    dataSource.close();
  }

  @Test
  void a_command_starting_a_new_aggregate_is_one_append_and_no_read() {
    long position = handler.handleNew(arnold, new DoSets(List.of(500)), null);

    assertThat(store.reads.get()).isZero();
    assertThat(store.appends.get()).isEqualTo(1);
    assertThat(postgres.readStream(arnold)).extracting(StoredEvent::position).containsExactly(position);
  }

  @Test
  void a_command_starting_an_aggregate_that_was_there_before_is_decided_on_the_loaded_stream() {
    postgres.append(arnold, 0, List.of(types.toData(new SetDone(1900), null, null)));

    handler.handleNew(arnold, new DoSets(List.of(200)), null);

    assertThat(store.reads.get()).isEqualTo(1);
    assertThat(postgres.readStream(arnold)).extracting(StoredEvent::type)
        .containsExactly("set_done", "set_done", "workout_over");
  }

  @Test
  void a_rejection_of_a_command_starting_an_aggregate_is_decided_on_the_loaded_stream() {
    postgres.append(arnold, 0,
        List.of(types.toData(new SetDone(2000), null, null), types.toData(new WorkoutOver(), null, null)));

    assertThatThrownBy(() -> handler.handleNew(arnold, new DoSets(List.of(10)), null))
        .isInstanceOf(IllegalStateException.class).hasMessage("the workout is over");
    assertThat(postgres.readStream(arnold)).hasSize(2);
  }

  @Test
  void a_command_starting_a_remembered_aggregate_decides_on_what_is_remembered() {
    handler.handleNew(arnold, new DoSets(List.of(500)), null);

    handler.handleNew(arnold, new DoSets(List.of(700)), null);

    assertThat(store.reads.get()).isZero();
    assertThat(postgres.readStream(arnold)).extracting(StoredEvent::version).containsExactly(1L, 2L);
  }
}
